package org.spinewise.therapy.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Heat and cold sessions kept for a signed-in person, and only for them. */
class TherapySessionApiTest extends ApiTest {

    private static final String PASSWORD = "quiet-river-stone-42";

    private ApiPerson signedIn(String address) {
        ApiPerson visitor = ApiPerson.from(mvc, address);
        assertThat(visitor.signUp("coach-" + UUID.randomUUID() + "@example.org", PASSWORD)
                        .status())
                .isEqualTo(201);
        return visitor;
    }

    private static String session(String kind, int minutes, Instant start, Instant end, boolean finished) {
        return "{\"kind\": \"" + kind + "\", \"minutes\": " + minutes + ", \"startedAt\": \"" + start
                + "\", \"endedAt\": \"" + end + "\", \"finished\": " + finished + "}";
    }

    @Test
    void keepsListsAndDeletesASession() {
        ApiPerson person = signedIn("10.7.0.1");
        Instant start = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        var created =
                person.postJson("/api/v1/therapy-sessions", session("COLD", 15, start, start.plusSeconds(900), true));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        JsonNode list = assertOkJson(person.get("/api/v1/therapy-sessions"));
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("kind").asString()).isEqualTo("COLD");
        assertThat(person.delete("/api/v1/therapy-sessions/" + id).status()).isEqualTo(204);
        assertProblem(person.get("/api/v1/therapy-sessions/" + id), 404);
    }

    @Test
    void anotherPersonsSessionIsLikeAMissingOne() {
        ApiPerson ann = signedIn("10.7.0.2");
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String id = ann.postJson("/api/v1/therapy-sessions", session("HEAT", 10, start, start.plusSeconds(600), true))
                .json()
                .path("id")
                .asString();
        ApiPerson bob = signedIn("10.7.0.3");

        assertProblem(bob.get("/api/v1/therapy-sessions/" + id), 404);
        assertProblem(bob.delete("/api/v1/therapy-sessions/" + id), 404);
        assertThat(assertOkJson(bob.get("/api/v1/therapy-sessions")).path("items"))
                .isEmpty();
        assertOkJson(ann.get("/api/v1/therapy-sessions/" + id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "over the 20-minute cap | HEAT | 21 | -30 | -9 | minutes",
                "unknown kind | SAUNA | 10 | -30 | -20 | kind",
                "ended before it started | COLD | 10 | -10 | -30 | endedAt",
                "in the future | COLD | 10 | 60 | 70 | startedAt",
            })
    void badSessionsNameTheFieldAndStoreNothing(
            String name, String kind, int minutes, int startMinutes, int endMinutes, String field) {
        ApiPerson person = signedIn("10.7.1." + Math.abs(name.hashCode() % 200));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = session(
                kind,
                minutes,
                now.plus(startMinutes, ChronoUnit.MINUTES),
                now.plus(endMinutes, ChronoUnit.MINUTES),
                true);

        var answer = person.postJson("/api/v1/therapy-sessions", body);

        if (field.equals("startedAt")) {
            assertThat(assertProblem(answer, 400).path("errors").toString()).contains("startedAt");
        } else {
            assertBadRequest(answer, Set.of(field));
        }
        assertThat(assertOkJson(person.get("/api/v1/therapy-sessions")).path("items"))
                .isEmpty();
    }

    @Test
    void needsAnAccountAndTheCsrfToken() {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String body = session("HEAT", 10, start, start.plusSeconds(600), true);

        assertProblem(ApiPerson.from(mvc, "10.7.2.1").postJson("/api/v1/therapy-sessions", body), 401);
        assertProblem(signedIn("10.7.2.2").withoutCsrf().postJson("/api/v1/therapy-sessions", body), 403);
    }
}
