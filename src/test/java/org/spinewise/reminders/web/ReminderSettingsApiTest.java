package org.spinewise.reminders.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.reminders.RemindersContextTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** reminders-api.md, "Settings" and "next": {@code /api/v1/me/reminders}. */
public class ReminderSettingsApiTest extends RemindersContextTest {

    private static final String PATH = "/api/v1/me/reminders";
    private static final String WEEKDAYS = "{\"enabled\":true,\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],"
            + "\"from\":\"09:00\",\"to\":\"17:00\",\"intervalMinutes\":60}";

    @Test
    void anonymousPeopleAreAskedToSignIn() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);
        assertProblem(anonymous.get(PATH), 401);
        assertProblem(anonymous.putJson(PATH, WEEKDAYS), 401);
    }

    @Test
    void answersTheDefaultsBeforeAnyPut() {
        JsonNode schedule = assertOkJson(ApiPerson.signUp(mvc, "Europe/Berlin").get(PATH));
        assertThat(schedule.path("enabled").asBoolean(true)).isFalse();
        assertThat(texts(schedule.path("days"))).containsExactly("MON", "TUE", "WED", "THU", "FRI");
        assertThat(str(schedule.path("from"))).isEqualTo("09:00");
        assertThat(str(schedule.path("to"))).isEqualTo("17:00");
        assertThat(schedule.path("intervalMinutes").asInt()).isEqualTo(60);
        assertThat(schedule.path("next").isArray()).isTrue();
        assertThat(schedule.path("next")).isEmpty();
    }

    @Test
    void storesTheScheduleAndAnswersTheNextFiveBreaksInUtc() {
        clock.set("2026-12-11T14:30:00Z"); // Friday 15:30 in Berlin
        ApiPerson person = ApiPerson.signUp(mvc, "Europe/Berlin");
        JsonNode stored = assertOkJson(person.putJson(
                PATH,
                "{\"enabled\":true,\"days\":[\"FRI\",\"MON\"],\"from\":\"09:00\",\"to\":\"17:00\","
                        + "\"intervalMinutes\":60}"));
        assertThat(texts(stored.path("days"))).containsExactly("MON", "FRI");
        assertThat(texts(stored.path("next")))
                .containsExactly(
                        "2026-12-11T15:00:00Z",
                        "2026-12-11T16:00:00Z",
                        "2026-12-14T09:00:00Z",
                        "2026-12-14T10:00:00Z",
                        "2026-12-14T11:00:00Z");
        assertThat(assertOkJson(person.get(PATH))).isEqualTo(stored);
    }

    @Test
    void nextWalksThroughTheSpringGapAsZonedDateTimeResolvesIt() {
        // New York, Sunday 2027-03-14: 02:00 EST jumps to 03:00 EDT.
        clock.set("2027-03-14T05:00:00Z"); // 00:00 EST
        ApiPerson person = ApiPerson.signUp(mvc, "America/New_York");
        JsonNode stored = assertOkJson(person.putJson(
                PATH,
                "{\"enabled\":true,\"days\":[\"SUN\"],\"from\":\"01:00\",\"to\":\"04:00\",\"intervalMinutes\":30}"));
        assertThat(texts(stored.path("next")))
                .containsExactly(
                        "2027-03-14T06:30:00Z", // 01:30 EST
                        "2027-03-14T07:00:00Z", // 02:00 does not exist: 03:00 EDT
                        "2027-03-14T07:30:00Z", // 02:30 -> 03:30 EDT, the same instant as 03:30 itself
                        "2027-03-14T08:00:00Z", // 04:00 EDT
                        "2027-03-21T05:30:00Z"); // next Sunday 01:30 EDT
    }

    @Test
    void aDisabledScheduleOrOneWithoutBreaksHasNoNext() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(assertOkJson(person.putJson(PATH, WEEKDAYS.replace("true", "false")))
                        .path("next"))
                .isEmpty();
        assertThat(assertOkJson(person.putJson(
                                PATH, WEEKDAYS.replace("17:00", "09:20").replace(":60", ":30")))
                        .path("next"))
                .isEmpty();
    }

    @Test
    void rejectsEachWrongFieldByNameAndStoresNothing() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertOkJson(person.putJson(PATH, WEEKDAYS));
        assertBadRequest(person.putJson(PATH, "{}"), Set.of("enabled", "days", "from", "to", "intervalMinutes"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"MON\"", "\"mon\"")), Set.of("days"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"TUE\"", "\"MON\"")), Set.of("days"));
        assertBadRequest(
                person.putJson(PATH, WEEKDAYS.replace("[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]", "[]")),
                Set.of("days"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"09:00\"", "\"9:00\"")), Set.of("from"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"17:00\"", "\"24:00\"")), Set.of("to"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"17:00\"", "\"09:00\"")), Set.of("to"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("\"17:00\"", "\"08:00\"")), Set.of("to"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace(":60", ":29")), Set.of("intervalMinutes"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace(":60", ":181")), Set.of("intervalMinutes"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace(":60", ":60.5")), Set.of("intervalMinutes"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace(":60", ":\"60\"")), Set.of("intervalMinutes"));
        assertBadRequest(person.putJson(PATH, WEEKDAYS.replace("true", "\"true\"")), Set.of("enabled"));
        assertBadRequest(person.putJson(PATH, "not json"), Set.of("body"));
        JsonNode kept = assertOkJson(person.get(PATH));
        assertThat(kept.path("enabled").asBoolean()).isTrue();
        assertThat(str(kept.path("to"))).isEqualTo("17:00");
        assertThat(kept.path("intervalMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void theBoundsOfTheIntervalAndTheWindowAreAllowed() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertOkJson(person.putJson(PATH, WEEKDAYS.replace(":60", ":30")));
        assertOkJson(person.putJson(PATH, WEEKDAYS.replace(":60", ":180")));
        assertOkJson(
                person.putJson(PATH, WEEKDAYS.replace("\"09:00\"", "\"00:00\"").replace("17:00", "23:59")));
        assertOkJson(person.putJson(
                PATH, WEEKDAYS.replace("\"FRI\"]", "\"FRI\",\"SAT\",\"SUN\"]").replace(":60", ":180")));
    }

    @Test
    void aChangeNeedsTheCsrfToken() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertProblem(
                person.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(PATH)
                        .contentType("application/json")
                        .content(WEEKDAYS)),
                403);
    }
}
