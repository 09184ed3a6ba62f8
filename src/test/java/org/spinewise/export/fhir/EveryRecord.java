package org.spinewise.export.fhir;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.spinewise.ClinicSide;
import org.spinewise.PersonRecords;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gives a person every kind of record through the API and the pages, as they would make them: screenings
 * of three dispositions, check-ins, runs completed and stopped, heat and cold sessions, cracks, a planned
 * and two assigned routines (one ended), contact requests in each status, a linked clinic whose clinician
 * read their data, and a movement-break schedule.
 */
final class EveryRecord {

    static final String CLINIC = "Fhir Test Clinic";

    private EveryRecord() {}

    /** @return the ids the API gave the person's records */
    static List<String> of(ApiPerson person, ZoneId zone, MockMvc mvc, JdbcClient jdbc) {
        PersonRecords records = new PersonRecords(person, zone);
        records.everyKind();
        List<String> ids = new ArrayList<>(records.ids());
        ids.add(keep(person, ApiRequests.screening(s -> s.put("painLevel", 8))));
        ids.add(keep(person, ApiRequests.screening(s -> ApiRequests.answers(s).put("fever", true))));
        Instant cold = records.today().minusDays(3).atTime(2, 0).atZone(zone).toInstant();
        ok(
                person.postJson(
                        "/api/v1/therapy-sessions",
                        "{\"kind\": \"COLD\", \"minutes\": 10, \"startedAt\": \"" + cold + "\", \"endedAt\": \""
                                + cold.plusSeconds(300) + "\", \"finished\": false}"),
                201);
        String result = person.submitForm(
                        "/screening",
                        "/screening",
                        "age=40&painLevel=2&onset=days" + ApiRequests.everyAnswerNoAsForm() + "&keepCheck=yes")
                .body();
        assertThat(person.submitRoutine(result, "positions=CHAIR&positions=LYING&minutes=10&goal=RELIEVE_TENSION")
                        .status())
                .as("a signed-in person's routine is kept, and the form leads to its address")
                .isEqualTo(302);
        ok(
                person.putJson(
                        "/api/v1/me/reminders",
                        "{\"enabled\": true, \"days\": [\"MON\", \"THU\"], \"from\": \"09:00\", \"to\": \"12:00\","
                                + " \"intervalMinutes\": 60}"),
                200);
        ids.addAll(clinicSide(person, mvc, jdbc));
        return ids;
    }

    private static List<String> clinicSide(ApiPerson person, MockMvc mvc, JdbcClient jdbc) {
        ClinicSide.Linked linked = ClinicSide.linkedToNewClinic(person, mvc, jdbc, CLINIC);
        String clinic = linked.clinicId();
        ApiPerson clinician = linked.clinician();
        List<String> ids = new ArrayList<>();
        ids.add(linked.linkId());
        for (String message : List.of("Still open", "Being handled", "All done")) {
            ids.add(ok(
                            person.postJson(
                                    "/api/v1/me/contact-requests",
                                    "{\"clinicId\": \"" + clinic + "\", \"message\": \"" + message
                                            + "\", \"preferredContact\": \"phone\"}"),
                            201)
                    .path("id")
                    .asString());
        }
        patch(clinician, ids.get(2), "{\"status\": \"IN_PROGRESS\", \"reply\": \"We will call\"}");
        patch(clinician, ids.get(3), "{\"status\": \"CLOSED\", \"reply\": \"Glad it helped\"}");
        String patient = ok(clinician.get("/api/v1/clinic/patients"), 200)
                .path("items")
                .get(0)
                .path("patientId")
                .asString();
        String assignments = "/api/v1/clinic/patients/" + patient + "/assignments";
        String ended = ok(
                        clinician.postJson(
                                assignments,
                                "{\"title\": \"First\", \"items\": [{\"exerciseId\": \"knee-to-chest\"}]}"),
                        201)
                .path("id")
                .asString();
        assertThat(clinician.delete(assignments + "/" + ended).status()).isEqualTo(204);
        ids.add(ended);
        ids.add(ok(
                        clinician.postJson(
                                assignments,
                                "{\"title\": \"Gentle\", \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"sets\": 3},"
                                        + " {\"exerciseId\": \"seated-trunk-rotation\"}], \"note\": \"Twice a day\"}"),
                        201)
                .path("id")
                .asString());
        return ids;
    }

    private static String keep(ApiPerson person, String screening) {
        return ok(person.postJson("/api/v1/screening-history", screening), 201)
                .path("id")
                .asString();
    }

    private static void patch(ApiPerson clinician, String id, String body) {
        ok(
                clinician.performWithCsrf(MockMvcRequestBuilders.patch("/api/v1/clinic/contact-requests/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)),
                200);
    }

    private static JsonNode ok(ApiTest.Answer answer, int status) {
        return answer.expect(status);
    }
}
