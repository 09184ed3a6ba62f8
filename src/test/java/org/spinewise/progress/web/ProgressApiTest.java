package org.spinewise.progress.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.PersonRecords;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/progress (account-api.md, "Progress") through HTTP, with data made through the API. */
class ProgressApiTest extends ApiTest {

    /** UTC+14: its day starts 14 hours before UTC's, so a UTC-based window would miss the edges. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    private static final List<String> STRETCH = List.of("seated-trunk-rotation");
    private static final List<String> CRACK_ONLY = List.of("seated-chair-extension", "lying-spinal-twist");

    @Test
    void needsAnAccount() {
        assertProblem(get("/api/v1/progress"), 401);
    }

    @Test
    void aNewPersonHasNoAdvice() {
        ApiPerson person = ApiPerson.signUp(mvc, "Europe/Berlin");
        JsonNode progress = assertOkJson(person.get("/api/v1/progress"));
        assertThat(progress.path("stiffnessNotImproving").isBoolean()).isTrue();
        assertThat(progress.path("stiffnessNotImproving").booleanValue()).isFalse();
        assertThat(progress.path("advice").isArray()).isTrue();
        assertThat(progress.path("advice")).isEmpty();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat(progress.path("today").asString()).isEqualTo(today.toString());
        assertThat(progress.path("window").path("from").asString())
                .isEqualTo(today.minusDays(13).toString());
        assertThat(progress.path("window").path("to").asString()).isEqualTo(today.toString());
        assertThat(progress.path("stretchRuns").asInt()).isZero();
        assertThat(progress.path("firstWeek").path("checkIns").asInt()).isZero();
        assertThat(progress.path("firstWeek").path("meanStiffness").isNull()).isTrue();
    }

    @Test
    void eightStretchingRoutinesWithoutLessStiffnessAdviseAProfessional() {
        ApiPerson person = ApiPerson.signUp(mvc, KIRITIMATI.getId());
        PersonRecords records = withSteadyStiffness(person, 5, 5);
        LocalDate today = records.today();
        for (int day = 1; day <= 8; day++) {
            records.run(today.minusDays(day), STRETCH, day == 3 ? "UNCOMFORTABLE" : null); // a stopped run counts too
        }

        JsonNode progress = assertOkJson(person.get("/api/v1/progress"));
        assertThat(progress.path("stiffnessNotImproving").booleanValue())
                .as(progress.toString())
                .isTrue();
        assertThat(progress.path("advice")).hasSize(1);
        JsonNode advice = progress.path("advice").get(0);
        assertThat(advice.path("code").asString()).isEqualTo("STIFFNESS_NOT_IMPROVING");
        assertThat(advice.path("message").asString()).containsIgnoringCase("professional");
        assertThat(advice.path("source").asString()).contains("When to Seek Professional Help for Back Cracking");
        assertThat(progress.path("stretchRuns").asInt()).isEqualTo(8);
        assertThat(progress.path("firstWeek").path("checkIns").asInt()).isEqualTo(2);
        assertThat(progress.path("lastWeek").path("checkIns").asInt()).isEqualTo(2);
        assertThat(progress.path("firstWeek").path("meanStiffness").asDouble()).isEqualTo(5.0);
        assertThat(progress.path("lastWeek").path("meanStiffness").asDouble()).isEqualTo(5.0);
        assertThat(progress.path("lastWeek").path("from").asString())
                .isEqualTo(today.minusDays(6).toString());

        // The person's page says it first, with its source.
        String dashboard = person.get("/me").body();
        assertThat(dashboard)
                .contains(advice.path("message").asString())
                .contains("When to Seek Professional Help for Back Cracking");

        // Another person sees none of it.
        JsonNode other = assertOkJson(ApiPerson.signUp(mvc, KIRITIMATI.getId()).get("/api/v1/progress"));
        assertThat(other.path("stiffnessNotImproving").booleanValue()).isFalse();
        assertThat(other.path("stretchRuns").asInt()).isZero();
        assertThat(other.path("lastWeek").path("checkIns").asInt()).isZero();
        assertThat(aNewPersonsDashboard()).doesNotContain(advice.path("message").asString());
    }

    private String aNewPersonsDashboard() {
        return ApiPerson.signUp(mvc, KIRITIMATI.getId()).get("/me").body();
    }

    @Test
    void sevenStretchingRoutinesAndCrackOnlyRunsAreNotEnough() {
        ApiPerson person = ApiPerson.signUp(mvc, KIRITIMATI.getId());
        PersonRecords records = withSteadyStiffness(person, 5, 6);
        LocalDate today = records.today();
        stretchOnEachOfTheDaysBefore(today, records, 7);
        records.run(today.minusDays(9), CRACK_ONLY, null);
        records.run(today.minusDays(14), STRETCH, null); // the day before the window

        JsonNode progress = assertOkJson(person.get("/api/v1/progress"));
        assertThat(progress.path("stretchRuns").asInt()).isEqualTo(7);
        assertThat(progress.path("stiffnessNotImproving").booleanValue()).isFalse();
        assertThat(progress.path("advice")).isEmpty();

        records.run(today.minusDays(13), STRETCH, null); // the window's first day: the eighth
        JsonNode now = assertOkJson(person.get("/api/v1/progress"));
        assertThat(now.path("stretchRuns").asInt()).isEqualTo(8);
        assertThat(now.path("stiffnessNotImproving").booleanValue()).isTrue();
    }

    @Test
    void easingStiffnessOrTooFewCheckInsGiveNoAdvice() {
        ApiPerson person = ApiPerson.signUp(mvc, "America/Los_Angeles");
        PersonRecords records = new PersonRecords(person, ZoneId.of("America/Los_Angeles"));
        LocalDate today = records.today();
        stretchOnEachOfTheDaysBefore(today, records, 8);
        records.checkIn(today.minusDays(12), 3, 6, null);
        records.checkIn(today.minusDays(7), 3, 6, null); // the first week's last day
        records.checkIn(today.minusDays(6), 3, 6, null); // the last week's first day
        assertThat(assertOkJson(person.get("/api/v1/progress"))
                        .path("stiffnessNotImproving")
                        .booleanValue())
                .as("one check-in in the last week")
                .isFalse();

        records.checkIn(today, 3, 5, null); // last week 5.5 < 6: easing
        JsonNode easing = assertOkJson(person.get("/api/v1/progress"));
        assertThat(easing.path("lastWeek").path("meanStiffness").asDouble()).isEqualTo(5.5);
        assertThat(easing.path("stiffnessNotImproving").booleanValue()).isFalse();

        records.checkIn(today, 3, 6, null); // replaced: 6 = 6, not lower
        assertThat(assertOkJson(person.get("/api/v1/progress"))
                        .path("stiffnessNotImproving")
                        .booleanValue())
                .isTrue();
    }

    /** The person's records in Kiritimati, with two check-ins a week at {@code first}, then {@code last} stiffness. */
    private static PersonRecords withSteadyStiffness(ApiPerson person, int first, int last) {
        PersonRecords records = new PersonRecords(person, KIRITIMATI);
        LocalDate today = records.today();
        records.checkIn(today.minusDays(12), 4, first, null);
        records.checkIn(today.minusDays(9), 4, first, null);
        records.checkIn(today.minusDays(5), 4, last, null);
        records.checkIn(today.minusDays(2), 4, last, null);
        return records;
    }

    /** A completed stretching run on each of the {@code days} days before {@code today}. */
    private static void stretchOnEachOfTheDaysBefore(LocalDate today, PersonRecords records, int days) {
        for (int day = 1; day <= days; day++) {
            records.run(today.minusDays(day), STRETCH, null);
        }
    }
}
