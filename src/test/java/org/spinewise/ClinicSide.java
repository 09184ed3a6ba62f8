package org.spinewise;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Gives a person a record of every clinic kind through the API: a link to a clinic, a contact request, an
 * assigned routine, and access-log entries from the clinician who read them.
 */
public final class ClinicSide {

    private ClinicSide() {}

    /** A clinic that the person is linked to through the clinician's invite, as the clinic-api contract makes one. */
    public record Linked(String clinicId, ApiPerson clinician, String linkId) {}

    /** Makes an admin, who opens the clinic and adds a clinician, whose invite code the person then uses. */
    public static Linked linkedToNewClinic(ApiPerson person, MockMvc mvc, JdbcClient jdbc, String clinicName) {
        ApiPerson admin = ApiPerson.signUp(mvc, "UTC");
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(admin.email())
                .update();
        String clinic = admin.postJson("/api/v1/admin/clinics", "{\"name\": \"" + clinicName + "\"}")
                .expect(201)
                .path("id")
                .asString();
        ApiPerson clinician = ApiPerson.signUp(mvc, "UTC");
        admin.putJson("/api/v1/admin/clinics/" + clinic + "/clinicians/" + clinician.email(), "")
                .expect(201);
        String code = clinician
                .postJson("/api/v1/clinic/invites", "{}")
                .expect(201)
                .path("code")
                .asString();
        String link = person.postJson("/api/v1/me/links", "{\"code\": \"" + code + "\"}")
                .expect(201)
                .path("id")
                .asString();
        return new Linked(clinic, clinician, link);
    }

    /** @return the ids of the records made, to look for after a deletion */
    static List<String> recordsFor(ApiPerson person, MockMvc mvc, DataSource dataSource) {
        Linked linked = linkedToNewClinic(person, mvc, JdbcClient.create(dataSource), "Deletion Clinic");
        ApiPerson clinician = linked.clinician();
        String request = person.postJson(
                        "/api/v1/me/contact-requests",
                        "{\"clinicId\": \"" + linked.clinicId() + "\", \"message\": \"Please call me\"}")
                .expect(201)
                .path("id")
                .asString();
        String patient = clinician
                .get("/api/v1/clinic/patients")
                .expect(200)
                .path("items")
                .get(0)
                .path("patientId")
                .asString();
        String assignment = clinician
                .postJson(
                        "/api/v1/clinic/patients/" + patient + "/assignments",
                        "{\"title\": \"Gentle\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}")
                .expect(201)
                .path("id")
                .asString();
        clinician
                .performWithCsrf(MockMvcRequestBuilders.get("/api/v1/clinic/contact-requests"))
                .expect(200);
        return List.of(linked.linkId(), request, assignment);
    }
}
