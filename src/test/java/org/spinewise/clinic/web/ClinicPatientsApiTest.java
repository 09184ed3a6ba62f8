package org.spinewise.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clinician sees (clinic-api.md): the list with its flags at their boundaries, the patient page, isolation. */
class ClinicPatientsApiTest extends ClinicApiTest {

    ClinicPatientsApiTest() {
        super("Flags Clinic");
    }

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aNewPatientHasNoScreeningNoRunsAndNoFlags() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        JsonNode summary = summaryOf(person);
        assertThat(summary.propertyNames())
                .containsExactlyInAnyOrder(
                        "patientId", "email", "linkedAt", "latestScreening", "runsLast7Days", "flags");
        assertThat(summary.path("email").asString()).isEqualTo(person.email());
        assertThat(summary.path("latestScreening").isNull()).isTrue();
        assertThat(summary.path("runsLast7Days").asInt()).isZero();
        assertThat(summary.path("flags")).isEmpty();
    }

    @Test
    void anUrgentLatestScreeningIsARedFlagAndASelfCareOneAfterItIsNot() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        JsonNode urgent =
                Clinics.screen(person, body -> body.withObject("answers").put("fever", true));
        JsonNode summary = summaryOf(person);
        assertThat(flags(summary)).containsExactly("RED_FLAG");
        assertThat(summary.path("latestScreening").path("id").asString())
                .isEqualTo(urgent.path("id").asString());
        assertThat(summary.path("latestScreening").path("disposition").asString())
                .isEqualTo("URGENT");

        Clinics.screen(person, body -> {});
        assertThat(flags(summaryOf(person))).isEmpty();
    }

    @Test
    void aSymptomStopCountsFor14CalendarDaysInThePatientsZone() {
        ApiPerson inside = clinics.patientOf(clinician, AUCKLAND.getId());
        ApiPerson outside = clinics.patientOf(clinician, AUCKLAND.getId());
        LocalDate today = LocalDate.now(AUCKLAND);
        run(inside, today.minusDays(13).atStartOfDay(AUCKLAND).toInstant(), "SHARP_PAIN", List.of());
        run(
                outside,
                today.minusDays(13).atStartOfDay(AUCKLAND).toInstant().minusSeconds(1),
                "NUMBNESS_TINGLING",
                List.of());
        ApiPerson uncomfortable = clinics.patientOf(clinician, "UTC");
        run(uncomfortable, Instant.now().minusSeconds(3600), "UNCOMFORTABLE", List.of());

        assertThat(flags(summaryOf(inside))).containsExactly("STOPPED_WITH_SYMPTOMS");
        assertThat(flags(summaryOf(outside))).isEmpty();
        assertThat(flags(summaryOf(uncomfortable))).isEmpty();
    }

    @Test
    void runsLast7DaysCountsCalendarDaysTodayIncluded() {
        ApiPerson person = clinics.patientOf(clinician, AUCKLAND.getId());
        LocalDate today = LocalDate.now(AUCKLAND);
        Instant weekStart = today.minusDays(6).atStartOfDay(AUCKLAND).toInstant();
        run(person, weekStart, null, List.of("pelvic-tilt"));
        run(person, weekStart.minusSeconds(1), null, List.of("pelvic-tilt"));
        run(person, Instant.now().minusSeconds(60), "UNCOMFORTABLE", List.of());
        assertThat(summaryOf(person).path("runsLast7Days").asInt()).isEqualTo(2);
    }

    @Test
    void threePainfulOfTheFiveLatestCracksIsPersistentPainTwoIsNot() {
        ApiPerson three = clinics.patientOf(clinician, "UTC");
        ApiPerson two = clinics.patientOf(clinician, "UTC");
        Instant start = Instant.now().minusSeconds(100 * 86_400L);
        cracks(three, start, true, true, true, false, false);
        cracks(two, start, true, true, true, false, false, false, true, true, false, false);
        assertThat(flags(summaryOf(three))).containsExactly("PERSISTENT_PAIN");
        assertThat(flags(summaryOf(two)))
                .as("the older painful ones are not among the latest five")
                .isEmpty();
    }

    @Test
    void stiffnessThatDoesNotEaseWithStretchingIsFlagged() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        for (int day = 0; day < 8; day++) {
            run(
                    person,
                    today.minusDays(day)
                            .atStartOfDay(ZoneId.of("UTC"))
                            .toInstant()
                            .plusSeconds(60),
                    null,
                    List.of("pelvic-tilt"));
        }
        for (int day : new int[] {13, 12, 1, 0}) {
            ApiTest.Answer answer = person.putJson(
                    "/api/v1/checkins/" + today.minusDays(day), "{\"pain\": 3, \"stiffness\": 6, \"sittingHours\": 4}");
            assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        }
        assertThat(flags(summaryOf(person))).containsExactly("STIFFNESS_NOT_IMPROVING");

        person.putJson("/api/v1/checkins/" + today, "{\"pain\": 3, \"stiffness\": 2, \"sittingHours\": 4}");
        assertThat(flags(summaryOf(person))).as("easing now").isEmpty();
    }

    @Test
    void anOpenRequestToThisClinicIsFlaggedUntilItMovesOn() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        String clinicId = person.get("/api/v1/me/links")
                .json()
                .path("items")
                .get(0)
                .path("clinic")
                .path("id")
                .asString();
        String id = person.postJson(
                        "/api/v1/me/contact-requests",
                        "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Can we talk?\"}")
                .json()
                .path("id")
                .asString();
        assertThat(flags(summaryOf(person))).containsExactly("OPEN_REQUEST");
        Clinics.patch(clinician, "/api/v1/clinic/contact-requests/" + id, "{\"status\": \"IN_PROGRESS\"}");
        assertThat(flags(summaryOf(person))).isEmpty();
    }

    @Test
    void theListPutsMostFlagsFirstThenEmailsWithoutCase() {
        ApiPerson flagged = clinics.patientOf(clinician, "UTC");
        Clinics.screen(flagged, body -> body.withObject("answers").put("fever", true));
        run(flagged, Instant.now().minusSeconds(60), "SHARP_PAIN", List.of());
        ApiPerson oneFlag = clinics.patientOf(clinician, "UTC");
        Clinics.screen(oneFlag, body -> body.withObject("answers").put("fever", true));

        List<String> emails = new ArrayList<>();
        List<Integer> flagCounts = new ArrayList<>();
        clinician.get("/api/v1/clinic/patients").json().path("items").forEach(item -> {
            emails.add(item.path("email").asString());
            flagCounts.add(item.path("flags").size());
        });
        assertThat(emails.subList(0, 2)).containsExactly(flagged.email(), oneFlag.email());
        assertThat(flags(summaryOf(flagged))).containsExactly("RED_FLAG", "STOPPED_WITH_SYMPTOMS");
        assertThat(flagCounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<String> unflagged = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            if (flagCounts.get(i) == 0) {
                unflagged.add(emails.get(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(unflagged).isSorted();
    }

    @Test
    void thePatientPageHoldsTheSummaryAndTheirRecords() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        Clinics.screen(person, body -> {});
        run(person, Instant.now().minusSeconds(3600), null, List.of("pelvic-tilt"));
        cracks(person, Instant.now().minusSeconds(7200), false);
        person.putJson(
                "/api/v1/checkins/" + LocalDate.now(ZoneId.of("UTC")),
                "{\"pain\": 2, \"stiffness\": 3, \"sittingHours\": 5}");

        JsonNode detail =
                clinician.get("/api/v1/clinic/patients/" + clinics.idOf(person)).json();
        assertThat(detail.propertyNames())
                .contains(
                        "patientId",
                        "email",
                        "flags",
                        "screenings",
                        "checkins",
                        "cracks",
                        "routineRuns",
                        "assignments");
        assertThat(detail.path("screenings")).hasSize(1);
        JsonNode screening = detail.path("screenings").get(0);
        assertThat(screening.has("firedRules"))
                .as("the screening history's shape")
                .isTrue();
        assertThat(screening.path("request").path("painLevel").asInt()).isEqualTo(2);
        assertThat(screening.path("result").path("disposition").asString()).isEqualTo("SELF_CARE");
        assertThat(detail.path("checkins")).hasSize(1);
        assertThat(detail.path("cracks")).hasSize(1);
        assertThat(detail.path("routineRuns")).hasSize(1);
        assertThat(detail.path("assignments")).isEmpty();
    }

    @Test
    void anotherClinicOrAnUnlinkedPersonIsNotThere() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        ApiPerson otherClinician = clinics.clinician(clinics.clinic("Other Clinic"));
        String path = "/api/v1/clinic/patients/" + clinics.idOf(person);
        assertThat(otherClinician.get(path).status()).isEqualTo(404);
        assertThat(otherClinician.delete(path).status()).isEqualTo(404);
        assertThat(otherClinician.get("/api/v1/clinic/patients").body()).doesNotContain(person.email());
        ApiPerson unlinked = ApiPerson.signUp(mvc, "UTC");
        assertThat(clinician
                        .get("/api/v1/clinic/patients/" + clinics.idOf(unlinked))
                        .status())
                .isEqualTo(404);
        assertThat(clinician.get("/api/v1/clinic/patients/not-a-uuid").status()).isEqualTo(404);
    }

    private JsonNode summaryOf(ApiPerson person) {
        String id = clinics.idOf(person);
        for (JsonNode item : clinician.get("/api/v1/clinic/patients").json().path("items")) {
            if (item.path("patientId").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(person.email() + " is not in the clinic's list");
    }

    private static List<String> flags(JsonNode summary) {
        List<String> flags = new ArrayList<>();
        summary.path("flags").forEach(flag -> flags.add(flag.asString()));
        return flags;
    }

    private static void run(ApiPerson person, Instant startedAt, String stop, List<String> completed) {
        String body = "{\"startedAt\": \"" + startedAt + "\", \"endedAt\": \"" + startedAt.plusSeconds(30)
                + "\", \"completed\": " + Clinics.JSON.writeValueAsString(completed) + ", \"painBefore\": 2, \"stop\": "
                + (stop == null ? "null" : "{\"reason\": \"" + stop + "\"}") + "}";
        ApiTest.Answer answer = person.postJson("/api/v1/routine-runs", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** Cracks an hour apart from {@code start}, the last one the latest. */
    private static void cracks(ApiPerson person, Instant start, boolean... painful) {
        for (int i = 0; i < painful.length; i++) {
            ApiTest.Answer answer = person.postJson(
                    "/api/v1/cracks",
                    "{\"at\": \"" + start.plusSeconds(3600L * i) + "\", \"technique\": \"other\", \"forced\": false,"
                            + " \"painful\": " + painful[i] + "}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        }
    }
}
