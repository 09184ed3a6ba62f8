package org.spinewise.clinic.web;

import java.util.UUID;

import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets up the clinic side through the API as its people would: an administrator (whose role the start
 * would grant from spinewise.admin-emails; here written straight into the table, since the test context
 * starts once), clinics, clinicians and linked patients.
 */
final class Clinics {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final ApiPerson admin;

    Clinics(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.admin = ApiPerson.signUp(mvc, "UTC");
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(admin.email())
                .update();
    }

    ApiPerson admin() {
        return admin;
    }

    /** A new clinic's id. */
    String clinic(String name) {
        ApiTest.Answer answer = admin.postJson("/api/v1/admin/clinics", "{\"name\": " + quoted(name) + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    /** A new account made a clinician of the clinic, signed in. */
    ApiPerson clinician(String clinicId) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        ApiTest.Answer answer = admin.putJson(clinicianPath(clinicId, person.email()), "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return person;
    }

    static String clinicianPath(String clinicId, String email) {
        return "/api/v1/admin/clinics/" + clinicId + "/clinicians/" + email;
    }

    /** A fresh invite code of the clinician's clinic. */
    static String invite(ApiPerson clinician) {
        ApiTest.Answer answer = clinician.postJson("/api/v1/clinic/invites", "{}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("code").asString();
    }

    static ApiTest.Answer link(ApiPerson person, String code) {
        return person.postJson("/api/v1/me/links", "{\"code\": " + quoted(code) + "}");
    }

    /** A new person (in {@code timeZone}) linked to the clinician's clinic; returns the person. */
    ApiPerson patientOf(ApiPerson clinician, String timeZone) {
        ApiPerson person = ApiPerson.signUp(mvc, timeZone);
        ApiTest.Answer answer = link(person, invite(clinician));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return person;
    }

    /** The account id the clinic knows the person by. */
    String idOf(ApiPerson person) {
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(person.email())
                .query(UUID.class)
                .single()
                .toString();
    }

    /** Says that cracking hurts, in the all-no screening: R-CRACK-PAINFUL, and no crack technique may be planned. */
    static final java.util.function.Consumer<ObjectNode> CRACKING_HURTS =
            body -> ApiRequests.answers(body).put("pain_when_cracking", true);

    /** Keeps a screening for the person, changed from the all-no screening by {@code change}. */
    static JsonNode screen(ApiPerson person, java.util.function.Consumer<ObjectNode> change) {
        ApiTest.Answer answer = person.postJson("/api/v1/screening-history", ApiRequests.screening(change));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    /** The id of a new contact request from the person to the clinic. */
    static String contactRequest(ApiPerson person, String clinicId, String message) {
        ApiTest.Answer answer = person.postJson(
                "/api/v1/me/contact-requests",
                "{\"clinicId\": " + quoted(clinicId) + ", \"message\": " + quoted(message) + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    static ApiTest.Answer patch(ApiPerson person, String path, String body) {
        return person.performWithCsrf(MockMvcRequestBuilders.patch(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
