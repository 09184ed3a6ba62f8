package org.spinewise.system.language;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's errors in the client's language: the words change, the status, fields and codes do not. */
class SpanishProblemsTest extends ApiTest {

    private static final String THERAPY_SESSIONS = "/api/v1/therapy-sessions";
    private static final String BAD_CHECK_IN = "{\"pain\": 11, \"stiffness\": 4, \"mood\": \"fine\"}";

    @Test
    void aBadCheckInIsExplainedInSpanishWithTheSameFields() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");

        JsonNode spanish = assertBadRequest(checkIn(ann, "es-ES"), Set.of("pain", "sittingHours", "mood"));
        JsonNode english = assertBadRequest(checkIn(ann, "en"), Set.of("pain", "sittingHours", "mood"));

        assertThat(str(spanish.path("title"))).isEqualTo("Solicitud no válida");
        assertThat(str(spanish.path("detail"))).isEqualTo("3 campos no son válidos: mira errors.");
        assertThat(messages(spanish))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "pain", "debe estar entre 0 y 10, era 11",
                        "sittingHours", "es obligatorio",
                        "mood", "no es un campo conocido"));
        assertThat(str(english.path("title"))).isEqualTo("Invalid request");
        assertThat(messages(english))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "pain", "must be from 0 to 10, was 11",
                        "sittingHours", "is required",
                        "mood", "is not a known field"));
        assertThat(english.path("status").asInt())
                .isEqualTo(spanish.path("status").asInt());
        assertProblem(ann.get("/api/v1/checkins/2026-11-20"), 404);
    }

    @Test
    void anUnknownIdIsNamedInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        String id = java.util.UUID.randomUUID().toString();

        JsonNode problem = assertProblem(
                ann.perform(
                        MockMvcRequestBuilders.get("/api/v1/cracks/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "es")),
                404);

        assertThat(str(problem.path("title"))).isEqualTo("No encontrado");
        assertThat(str(problem.path("detail"))).isEqualTo("No existe ningún recurso «crack» con el id '" + id + "'.");
    }

    @Test
    void anAnonymousRequestForAPersonsDataIsAskedToSignInInSpanish() {
        JsonNode problem = assertProblem(
                perform(MockMvcRequestBuilders.get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "es")), 401);

        assertThat(str(problem.path("detail"))).isEqualTo("Primero inicia sesión.");
    }

    @Test
    void aLoneSurrogateAndATimeBeforeTheRecordsBeginAreExplainedInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        String body = "{\"pain\": 3, \"stiffness\": 4, \"sittingHours\": 2, \"note\": \"a\\ud800b\"}";

        JsonNode problem = assertProblem(
                ann.performWithCsrf(MockMvcRequestBuilders.put("/api/v1/checkins/2026-11-20")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)),
                400);
        JsonNode early = assertProblem(
                ann.performWithCsrf(MockMvcRequestBuilders.post(THERAPY_SESSIONS)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"HEAT\", \"minutes\": 10, \"startedAt\": \"1000-01-01T00:00:00Z\","
                                + " \"endedAt\": \"1000-01-01T00:10:00Z\", \"finished\": true}")),
                400);

        assertThat(messages(problem))
                .containsEntry(
                        "note",
                        "debe ser texto Unicode: un escape de sustituto suelto" + " como \\ud800 no es un carácter");
        assertThat(messages(early).get("startedAt")).startsWith("no debe ser anterior a ");
        assertThat(ann.get(THERAPY_SESSIONS).json().path("items")).isEmpty();
        assertProblem(ann.get("/api/v1/checkins/2026-11-20"), 404);
    }

    private Answer checkIn(ApiPerson person, String language) {
        return person.performWithCsrf(MockMvcRequestBuilders.put("/api/v1/checkins/2026-11-20")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(BAD_CHECK_IN));
    }

    private static Map<String, String> messages(JsonNode problem) {
        Map<String, String> byField = new java.util.HashMap<>();
        problem.path("errors").forEach(error -> byField.put(str(error.path("field")), str(error.path("message"))));
        return byField;
    }
}
