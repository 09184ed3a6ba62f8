package org.spinewise.export.web;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The export holds the person's movement-break reminders, and never the calendar feed's secret address. */
class RemindersExportTest extends ApiTest {

    @Test
    void theScheduleAndTheFeedsExistenceAreExportedButNotItsAddress() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(person.get("/api/v1/export")
                        .json()
                        .path("reminders")
                        .path("enabled")
                        .asBoolean())
                .as("the defaults before any change")
                .isFalse();
        assertThat(person.putJson(
                                "/api/v1/me/reminders",
                                "{\"enabled\": true, \"days\": [\"WED\", \"MON\"], \"from\": \"08:30\", \"to\": \"12:00\","
                                        + " \"intervalMinutes\": 45}")
                        .status())
                .isEqualTo(200);
        String url = person.postJson("/api/v1/me/reminders/calendar", "")
                .json()
                .path("url")
                .asString();

        JsonNode export = person.get("/api/v1/export").json();
        JsonNode reminders = export.path("reminders");
        assertThat(reminders.path("enabled").asBoolean()).isTrue();
        assertThat(reminders.path("days").toString()).isEqualTo("[\"MON\",\"WED\"]");
        assertThat(reminders.path("from").asString()).isEqualTo("08:30");
        assertThat(reminders.path("to").asString()).isEqualTo("12:00");
        assertThat(reminders.path("intervalMinutes").asInt()).isEqualTo(45);
        assertThat(reminders.path("calendarFeed").asBoolean()).isTrue();
        String secret = url.substring(url.lastIndexOf('/') + 1).replace(".ics", "");
        assertThat(export.toString()).doesNotContain(secret);
    }
}
