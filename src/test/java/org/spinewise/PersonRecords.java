package org.spinewise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates a person's records of every kind through the API, as a client would, and keeps their ids. */
public final class PersonRecords {

    /** A screening without any warning sign, as POST /api/v1/screenings takes it. */
    public static final String HEALTHY_SCREENING = ApiRequests.screening().toString();

    private final ApiPerson person;
    private final ZoneId zone;
    private final List<String> ids = new ArrayList<>();

    public PersonRecords(ApiPerson person, ZoneId zone) {
        this.person = person;
        this.zone = zone;
    }

    /** The person's calendar day now. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Every id the API gave the person's records so far. */
    public List<String> ids() {
        return List.copyOf(ids);
    }

    public JsonNode checkIn(LocalDate day, int pain, int stiffness, String note) {
        String body = "{\"pain\": " + pain + ", \"stiffness\": " + stiffness + ", \"sittingHours\": 6.5"
                + (note == null ? "" : ", \"note\": " + ApiTest.JSON.writeValueAsString(note)) + "}";
        ApiTest.Answer answer = person.putJson("/api/v1/checkins/" + day, body);
        assertThat(answer.status()).as("check-in: %s", answer.body()).isIn(200, 201);
        return answer.json();
    }

    public String crack(boolean painful) {
        ApiTest.Answer answer = person.postJson(
                "/api/v1/cracks",
                "{\"technique\": \"seated-chair-extension\", \"forced\": false, \"painful\": " + painful + "}");
        assertThat(answer.status()).as("crack: %s", answer.body()).isEqualTo(201);
        return keep(answer.json().path("id").asString());
    }

    /** A run on {@code day} at 00:30 in the person's time zone (always in the past for a day before today). */
    public String run(LocalDate day, List<String> completed, String stopReason) {
        Instant start = day.atTime(0, 30).atZone(zone).toInstant();
        String items = ApiTest.JSON.writeValueAsString(completed);
        ApiTest.Answer answer = person.postJson(
                "/api/v1/routine-runs",
                "{\"startedAt\": \"" + start
                        + "\", \"endedAt\": \"" + start.plusSeconds(600) + "\", \"completed\": " + items
                        + ", \"painBefore\": 4, \"painAfter\": 3, \"stop\": "
                        + (stopReason == null ? "null" : "{\"reason\": \"" + stopReason + "\"}") + "}");
        assertThat(answer.status()).as("routine run: %s", answer.body()).isEqualTo(201);
        return keep(answer.json().path("id").asString());
    }

    public String screening() {
        ApiTest.Answer answer = person.postJson("/api/v1/screening-history", HEALTHY_SCREENING);
        assertThat(answer.status()).as("screening: %s", answer.body()).isEqualTo(201);
        return keep(answer.json().path("id").asString());
    }

    /** A heat session on {@code day} at 01:00 in the person's time zone. */
    public String therapySession(LocalDate day) {
        Instant start = day.atTime(1, 0).atZone(zone).toInstant();
        ApiTest.Answer answer = person.postJson(
                "/api/v1/therapy-sessions",
                "{\"kind\": \"HEAT\", \"minutes\": 15, " + "\"startedAt\": \"" + start + "\", \"endedAt\": \""
                        + start.plusSeconds(900) + "\", \"finished\": true}");
        assertThat(answer.status()).as("therapy session: %s", answer.body()).isEqualTo(201);
        return keep(answer.json().path("id").asString());
    }

    /** At least one record of every kind. */
    public void everyKind() {
        checkIn(today().minusDays(1), 4, 5, "Stiff after a long drive, \"quite\" tight;\nbetter by evening");
        checkIn(today(), 3, 4, null);
        crack(false);
        crack(true);
        run(today().minusDays(1), List.of("seated-trunk-rotation", "pelvic-tilt"), null);
        run(today().minusDays(2), List.of("seated-chair-extension"), "UNCOMFORTABLE");
        screening();
        therapySession(today().minusDays(1));
    }

    private String keep(String id) {
        assertThat(id).isNotBlank();
        ids.add(id);
        return id;
    }
}
