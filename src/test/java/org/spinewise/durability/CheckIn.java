package org.spinewise.durability;

import java.time.LocalDate;

import org.spinewise.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** A daily check-in as the API takes and gives it (account-api.md, "Daily check-in"). */
record CheckIn(LocalDate day, int pain, int stiffness, double sittingHours, String note) {

    /**
     * The check-in of the {@code entry}-th write: a day of its own (yesterday, the day before, ...) and values
     * that vary with it, so a row stored with another write's values would not pass for this one.
     */
    static CheckIn entry(int entry, LocalDate today) {
        return new CheckIn(
                today.minusDays(entry + 1L),
                entry % 11,
                (entry * 7) % 11,
                (entry % 49) / 2.0,
                "crash-safety entry " + entry);
    }

    static CheckIn of(JsonNode item) {
        return new CheckIn(
                LocalDate.parse(item.path("day").asString()),
                item.path("pain").asInt(),
                item.path("stiffness").asInt(),
                item.path("sittingHours").asDouble(),
                item.path("note").asString(null));
    }

    String path() {
        return "/api/v1/checkins/" + day;
    }

    String json() {
        return ApiClient.JSON.writeValueAsString(ApiClient.JSON
                .createObjectNode()
                .put("pain", pain)
                .put("stiffness", stiffness)
                .put("sittingHours", sittingHours)
                .put("note", note));
    }
}
