package org.spinewise.clinic.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic API's human-readable words in the client's language: problem details and each field's
 * message in Spanish for {@code Accept-Language: es}, while statuses, fields, codes and rule ids stay as the
 * contract has them and English stays English.
 */
class SpanishClinicApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedCodeAndASecondLinkAreExplainedInSpanish() {
        Clinics clinics = new Clinics(mvc, jdbc);
        ApiPerson clinician = clinics.clinician(clinics.clinic("Clínica Norte"));
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        JsonNode spanish = problem(person, post("/api/v1/me/links", "{\"code\": \"AAAA-BBBB-CCCC\"}"), "es", 400);
        JsonNode english = problem(person, post("/api/v1/me/links", "{\"code\": \"AAAA-BBBB-CCCC\"}"), "en", 400);
        assertThat(spanish.path("errors").get(0).path("field").asString()).isEqualTo("code");
        assertThat(spanish.path("errors").get(0).path("message").asString())
                .isEqualTo("no es un código de invitación válido: puede que esté mal escrito, caducado o ya usado;"
                        + " pide uno nuevo a tu clínica");
        assertThat(english.path("errors").get(0).path("message").asString()).startsWith("is not a valid invite code");

        String code = Clinics.invite(clinician);
        assertThat(Clinics.link(person, code).status()).isEqualTo(201);
        JsonNode again = problem(
                person, post("/api/v1/me/links", "{\"code\": \"" + Clinics.invite(clinician) + "\"}"), "es", 409);
        assertThat(again.path("detail").asString()).isEqualTo("Ya tienes vínculo con esta clínica.");
    }

    @Test
    void aPatientAskingForTheClinicsPatientsIsRefusedInSpanish() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        JsonNode refused = problem(person, MockMvcRequestBuilders.get("/api/v1/clinic/patients"), "es", 403);

        assertThat(refused.path("detail").asString()).isEqualTo("Esto necesita una cuenta de profesional sanitario.");
        assertThat(problem(person, MockMvcRequestBuilders.get("/api/v1/admin/clinics"), "es", 403)
                        .path("detail")
                        .asString())
                .isEqualTo("Esto necesita una cuenta de administrador de Spinewise.");
    }

    @Test
    void anAssignmentTheSafetyCheckRefusesNamesTheSameItemsAndRulesInEitherLanguage() {
        PatientOf patient = patientWhoseCrackingHurts("Clínica Sur");
        ApiPerson clinician = patient.clinician();
        String path = patient.path();
        String body = "{\"title\": \"Mañana\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"},"
                + " {\"exerciseId\": \"seated-chair-extension\"}, {\"exerciseId\": \"no-such\"}]}";

        JsonNode invalid = problem(clinician, post(path + "/assignments", body), "es", 400);
        assertThat(invalid.path("errors").get(0).path("message").asString())
                .isEqualTo("debe ser el id de un estiramiento o de una técnica para hacer crujir la espalda de la"
                        + " biblioteca");

        String allowed = body.replace(", {\"exerciseId\": \"no-such\"}", "");
        JsonNode spanish = problem(clinician, post(path + "/assignments", allowed), "es", 409);
        JsonNode english = problem(clinician, post(path + "/assignments", allowed), "en", 409);
        assertThat(spanish.path("detail").asString())
                .isEqualTo("La última comprobación de seguridad del paciente rechaza esta rutina.");
        assertThat(spanish.path("errors").get(0).path("message").asString())
                .isEqualTo("La última comprobación de seguridad descarta seated-chair-extension.");
        assertThat(english.path("errors").get(0).path("message").asString())
                .isEqualTo("The latest safety check rules out seated-chair-extension.");
        assertThat(spanish.path("errors").get(0).path("field").asString())
                .isEqualTo(english.path("errors").get(0).path("field").asString())
                .isEqualTo("items[1].exerciseId");
        assertThat(spanish.path("errors").get(0).path("rules"))
                .isEqualTo(english.path("errors").get(0).path("rules"));
    }

    @Test
    void aPatientsKeptScreeningIsShownInTheClinicansLanguageWithTheSameRuleIds() {
        PatientOf patient = patientWhoseCrackingHurts("Clínica Este");
        ApiPerson clinician = patient.clinician();
        String path = patient.path();

        JsonNode spanish = json(clinician, MockMvcRequestBuilders.get(path), "es")
                .path("screenings")
                .get(0);
        JsonNode english = json(clinician, MockMvcRequestBuilders.get(path), "en")
                .path("screenings")
                .get(0);

        for (JsonNode shown : List.of(spanish, spanish.path("result"))) {
            JsonNode rule = shown.path("firedRules").get(0);
            assertThat(rule.path("id").asString()).isEqualTo("R-CRACK-PAINFUL");
            assertThat(rule.path("message").asString()).startsWith("Que te duela cada vez que te cruje la espalda");
        }
        assertThat(english.path("result")
                        .path("firedRules")
                        .get(0)
                        .path("message")
                        .asString())
                .startsWith("Pain each time your back cracks");
        assertThat(spanish.path("disposition")).isEqualTo(english.path("disposition"));
    }

    @Test
    void aClosedRequestRefusesChangesInSpanish() {
        Clinics clinics = new Clinics(mvc, jdbc);
        String clinic = clinics.clinic("Clínica Oeste");
        ApiPerson clinician = clinics.clinician(clinic);
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String request = Clinics.contactRequest(person, clinic, "Hola");
        String path = "/api/v1/clinic/contact-requests/" + request;
        assertThat(Clinics.patch(clinician, path, "{\"status\": \"CLOSED\"}").status())
                .isEqualTo(200);

        JsonNode closed = problem(clinician, patch(path, "{\"status\": \"OPEN\"}"), "es", 409);
        assertThat(closed.path("detail").asString()).isEqualTo("Esta solicitud está cerrada; ya no puede cambiar.");
        JsonNode unknown = problem(
                person, post("/api/v1/me/contact-requests", "{\"clinicId\": \"x\", \"message\": \"Hola\"}"), "es", 400);
        assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("clinicId");
        assertThat(unknown.path("errors").get(0).path("message").asString())
                .isEqualTo("no es una clínica de la lista de Spinewise");
    }

    /** A clinician and the API path of their patient, whose kept safety check says cracking hurts. */
    private record PatientOf(ApiPerson clinician, String path) {}

    private PatientOf patientWhoseCrackingHurts(String clinicName) {
        Clinics clinics = new Clinics(mvc, jdbc);
        ApiPerson clinician = clinics.clinician(clinics.clinic(clinicName));
        ApiPerson patient = clinics.patientOf(clinician, "UTC");
        Clinics.screen(patient, Clinics.CRACKING_HURTS);
        return new PatientOf(clinician, "/api/v1/clinic/patients/" + clinics.idOf(patient));
    }

    private static MockHttpServletRequestBuilder post(String path, String body) {
        return MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static MockHttpServletRequestBuilder patch(String path, String body) {
        return MockMvcRequestBuilders.patch(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static JsonNode json(ApiPerson person, MockHttpServletRequestBuilder request, String language) {
        Answer answer = person.performWithCsrf(request.header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode problem(
            ApiPerson person, MockHttpServletRequestBuilder request, String language, int status) {
        Answer answer = person.performWithCsrf(request.header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json();
    }
}
