package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles and administration as clinic-api.md has them: who may call what, and clinicians coming and going. */
class ClinicAdministrationApiTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    private Clinics clinics;
    private ApiPerson admin;

    @BeforeEach
    void setUp() {
        clinics = new Clinics(mvc, jdbc);
        admin = clinics.admin();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/admin/clinics",
                "/api/v1/clinic/patients",
                "/api/v1/clinic/contact-requests",
                "/api/v1/me/links",
                "/api/v1/me/assignments",
                "/api/v1/me/contact-requests",
                "/api/v1/me/access-log"
            })
    void anonymousCallersAreAnswered401(String path) {
        Answer answer = get(path);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.mediaType().isCompatibleWith(PROBLEM_JSON)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/admin/clinics",
                "/api/v1/clinic/patients",
                "/api/v1/clinic/patients/not-an-id",
                "/api/v1/clinic/patients/00000000-0000-0000-0000-000000000000",
                "/api/v1/clinic/contact-requests"
            })
    void aPatientWithoutTheRoleIsAnswered403BeforeAnyLookup(String path) {
        ApiPerson patient = ApiPerson.signUp(mvc, "UTC");
        ApiTest.Answer answer = patient.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.mediaType().isCompatibleWith(PROBLEM_JSON)).isTrue();
    }

    @Test
    void aClinicianIsNoAdministratorAndAnAdministratorNoClinician() {
        ApiPerson clinician = clinics.clinician(clinics.clinic("Harbour Spine"));
        assertThat(clinician.get("/api/v1/admin/clinics").status()).isEqualTo(403);
        assertThat(clinician
                        .postJson("/api/v1/admin/clinics", "{\"name\": \"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/clinic/patients").status()).isEqualTo(403);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        ApiTest.Answer answer = admin.withoutCsrf().postJson("/api/v1/admin/clinics", "{\"name\": \"No token\"}");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/clinics").body()).doesNotContain("No token");
    }

    @Test
    void anAdministratorCreatesClinicsThatAnyoneCanList() {
        ApiTest.Answer created = admin.postJson("/api/v1/admin/clinics", "{\"name\": \"  Lakeside Back Clinic \"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("name").asString()).isEqualTo("Lakeside Back Clinic");

        List<String> names = new ArrayList<>();
        get("/api/v1/clinics").json().path("items").forEach(item -> {
            assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name");
            names.add(item.path("id").asString());
        });
        assertThat(names).contains(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{}", "{\"name\": \"\"}", "{\"name\": \"   \"}", "{\"name\": 7}", "{\"name\": \"x\", \"y\": 1}"})
    void aClinicNeedsAName(String body) {
        int before = get("/api/v1/clinics").json().path("items").size();
        ApiTest.Answer answer = admin.postJson("/api/v1/admin/clinics", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isIn("name", "y");
        assertThat(get("/api/v1/clinics").json().path("items").size()).isEqualTo(before);
    }

    @Test
    void aNameOf200CharactersIsTakenAnd201Refused() {
        assertThat(admin.postJson("/api/v1/admin/clinics", "{\"name\": \"" + "n".repeat(200) + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/v1/admin/clinics", "{\"name\": \"" + "n".repeat(201) + "\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void puttingAClinicianTwiceAnswers201Then200AndListsThemOnce() {
        String clinic = clinics.clinic("Northside");
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String path = Clinics.clinicianPath(clinic, person.email().toUpperCase(java.util.Locale.ROOT));

        ApiTest.Answer first = admin.putJson(path, "");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("email").asString()).isEqualTo(person.email());
        assertThat(first.json().path("clinicId").asString()).isEqualTo(clinic);
        assertThat(first.json().path("roles").toString()).isEqualTo("[\"CLINICIAN\",\"PATIENT\"]");
        assertThat(admin.putJson(path, "").status()).isEqualTo(200);

        var listed = new ArrayList<String>();
        admin.get("/api/v1/admin/clinics").json().path("items").forEach(item -> {
            if (item.path("id").asString().equals(clinic)) {
                item.path("clinicians").forEach(email -> listed.add(email.asString()));
            }
        });
        assertThat(listed).containsExactly(person.email());
    }

    @Test
    void unknownClinicsAndEmailsAre404AndAnotherClinicsClinician409() {
        String north = clinics.clinic("North");
        String south = clinics.clinic("South");
        ApiPerson clinician = clinics.clinician(north);
        assertThat(admin.putJson(Clinics.clinicianPath(south, clinician.email()), "")
                        .status())
                .isEqualTo(409);
        assertThat(admin.putJson(Clinics.clinicianPath(south, "nobody-here@example.org"), "")
                        .status())
                .isEqualTo(404);
        assertThat(admin.putJson(
                                Clinics.clinicianPath(
                                        java.util.UUID.randomUUID().toString(), clinician.email()),
                                "")
                        .status())
                .isEqualTo(404);
        assertThat(admin.delete(Clinics.clinicianPath(south, clinician.email())).status())
                .as("not a clinician of that clinic")
                .isEqualTo(404);
    }

    @Test
    void aRemovedClinicianKeepsTheSessionButLosesEveryClinicRequestAtOnce() {
        String clinic = clinics.clinic("Riverside");
        ApiPerson clinician = clinics.clinician(clinic);
        ApiPerson patient = clinics.patientOf(clinician, "UTC");
        assertThat(clinician.get("/api/v1/clinic/patients").status()).isEqualTo(200);

        assertThat(admin.delete(Clinics.clinicianPath(clinic, clinician.email()))
                        .status())
                .isEqualTo(204);

        assertThat(clinician.get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
        assertThat(clinician.get("/api/v1/me").json().path("roles").toString()).isEqualTo("[\"PATIENT\"]");
        assertThat(clinician.get("/api/v1/clinic/patients").status()).isEqualTo(403);
        assertThat(clinician
                        .get("/api/v1/clinic/patients/" + clinics.idOf(patient))
                        .status())
                .isEqualTo(403);
        assertThat(clinician.postJson("/api/v1/clinic/invites", "{}").status()).isEqualTo(403);
        assertThat(clinician
                        .perform(MockMvcRequestBuilders.get("/api/v1/clinic/contact-requests"))
                        .status())
                .isEqualTo(403);
    }
}
