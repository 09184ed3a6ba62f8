package org.spinewise;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gives a person a record of every clinic kind through the API: a link to a clinic, a contact request, an
 * assigned routine, and access-log entries from the clinician who read them.
 */
final class ClinicSide {

    private ClinicSide() {}

    /** @return the ids of the records made, to look for after a deletion */
    static List<String> recordsFor(ApiPerson person, MockMvc mvc, DataSource dataSource) {
        ApiPerson admin = ApiPerson.signUp(mvc, "UTC");
        JdbcClient.create(dataSource)
                .sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(admin.email())
                .update();
        String clinic = ok(admin.postJson("/api/v1/admin/clinics", "{\"name\": \"Deletion Clinic\"}"), 201)
                .path("id")
                .asString();
        ApiPerson clinician = ApiPerson.signUp(mvc, "UTC");
        ok(admin.putJson("/api/v1/admin/clinics/" + clinic + "/clinicians/" + clinician.email(), ""), 201);
        String code = ok(clinician.postJson("/api/v1/clinic/invites", "{}"), 201)
                .path("code")
                .asString();
        String link = ok(person.postJson("/api/v1/me/links", "{\"code\": \"" + code + "\"}"), 201)
                .path("id")
                .asString();
        String request = ok(
                        person.postJson(
                                "/api/v1/me/contact-requests",
                                "{\"clinicId\": \"" + clinic + "\", \"message\": \"Please call me\"}"),
                        201)
                .path("id")
                .asString();
        String patient = ok(clinician.get("/api/v1/clinic/patients"), 200)
                .path("items")
                .get(0)
                .path("patientId")
                .asString();
        String assignment = ok(
                        clinician.postJson(
                                "/api/v1/clinic/patients/" + patient + "/assignments",
                                "{\"title\": \"Gentle\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}"),
                        201)
                .path("id")
                .asString();
        ok(clinician.performWithCsrf(MockMvcRequestBuilders.get("/api/v1/clinic/contact-requests")), 200);
        return List.of(link, request, assignment);
    }

    private static tools.jackson.databind.JsonNode ok(ApiTest.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer.json();
    }
}
