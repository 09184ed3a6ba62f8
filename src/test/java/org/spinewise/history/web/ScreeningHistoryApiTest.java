package org.spinewise.history.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/screening-history} as account-api.md writes it. */
class ScreeningHistoryApiTest extends ApiTest {

    private static final String HISTORY = "/api/v1/screening-history";

    @Autowired
    JdbcClient jdbc;

    /** One person for the bad-input cases, who must never have a screening stored. */
    private static ApiPerson rejected;

    @BeforeEach
    void rejectedPerson() {
        if (rejected == null) {
            rejected = ApiPerson.signUp(mvc, "UTC");
        }
    }

    static Stream<BadInput> badScreenings() {
        return ApiRequests.badScreenings().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScreenings")
    void eachBadScreeningNamesItsFieldsAsPostScreeningsDoesAndStoresNothing(BadInput bad) {
        assertBadRequest(rejected.postJson(HISTORY, bad.body()), bad.fields());

        assertThat(assertOkJson(rejected.get(HISTORY)).path("items").size())
                .as("records stored")
                .isZero();
    }

    @Test
    void answersTheScreeningsResultPlusIdAndAt() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        for (JsonNode example : ApiRequests.examples("screenings.json")) {
            String body = ApiRequests.write(example.path("request"));
            JsonNode expected = assertOkJson(postJson("/api/v1/screenings", body));
            Instant before = Instant.now();

            Answer created = person.postJson(HISTORY, body);

            assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
            JsonNode record = created.json();
            assertThat(str(record.path("id"))).isNotBlank();
            Instant at = Instant.parse(record.path("at").asString());
            assertThat(at).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
            assertThat(withoutIdAndAt(record)).as("result of %s", body).isEqualTo(expected);
        }
    }

    @Test
    void listsNewestFirstAndReadsEachRecordAsItWasAnswered() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        List<JsonNode> created = new ArrayList<>();
        for (int pain : List.of(1, 5, 9)) {
            Answer answer = person.postJson(HISTORY, ApiRequests.screening(s -> s.put("painLevel", pain)));
            assertThat(answer.status()).as("status; body: %s", answer.body()).isEqualTo(201);
            created.add(answer.json());
        }

        JsonNode items = assertOkJson(person.get(HISTORY)).path("items");

        assertThat(items).containsExactly(created.get(2), created.get(1), created.get(0));
        for (JsonNode record : created) {
            assertThat(assertOkJson(person.get(HISTORY + "/" + str(record.path("id")))))
                    .isEqualTo(record);
        }
    }

    @Test
    void aScreeningKeptUnderRulesVersion1StillReadsAsItWasAnswered() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        UUID accountId = jdbc.sql("SELECT id FROM account WHERE LOWER(email) = LOWER(?)")
                .param(person.email())
                .query(UUID.class)
                .single();
        String oldRequest =
                "{\"age\":40,\"painLevel\":2,\"conditions\":[],\"answers\":{\"leg_numbness_tingling_weakness\":true}}";
        String oldResult =
                "{\"disposition\":\"URGENT\",\"firedRules\":[{\"id\":\"R-NEURO-LEG\",\"disposition\":\"URGENT\","
                        + "\"message\":\"See a doctor today or tomorrow.\",\"source\":\"article\"}],\"restrictions\":{\"crackingAllowed\":false,"
                        + "\"avoidMovements\":[],\"avoidPositions\":[],\"selfGuidedExercise\":false},\"therapy\":null,"
                        + "\"rulesVersion\":\"2026.11.25-1\"}";
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO screening_record (id, account_id, at, rules_version, request, result) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        accountId,
                        java.sql.Timestamp.from(Instant.parse("2026-11-30T10:00:00Z")),
                        "2026-11-25-1",
                        oldRequest,
                        oldResult)
                .update();

        JsonNode record = assertOkJson(person.get(HISTORY + "/" + id));

        assertThat(str(record.path("rulesVersion"))).isEqualTo("2026.11.25-1");
        assertThat(str(record.path("disposition"))).isEqualTo("URGENT");
        assertThat(str(record.path("firedRules").get(0).path("id"))).isEqualTo("R-NEURO-LEG");
        assertThat(assertOkJson(person.get(HISTORY)).path("items")).containsExactly(record);
    }

    @Test
    void keepsAnUrgentResultAsItWasAnswered() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String body = ApiRequests.screening(s -> ApiRequests.answers(s).put("saddle_numbness", true));

        JsonNode record = person.postJson(HISTORY, body).json();

        assertThat(str(record.path("disposition"))).isEqualTo("EMERGENCY");
        assertThat(record.path("firedRules").size()).isPositive();
        assertThat(assertOkJson(person.get(HISTORY)).path("items")).containsExactly(record);
    }

    @Test
    void listsByTheDayOfAtInThePersonsTimeZone() {
        ApiPerson person = ApiPerson.signUp(mvc, "Asia/Kolkata");
        JsonNode record =
                person.postJson(HISTORY, ApiRequests.screening(s -> {})).json();
        LocalDate day = Instant.parse(record.path("at").asString())
                .atZone(ZoneId.of("Asia/Kolkata"))
                .toLocalDate();

        assertThat(ids(person, "?from=" + day + "&to=" + day)).containsExactly(str(record.path("id")));
        assertThat(ids(person, "?from=" + day)).containsExactly(str(record.path("id")));
        assertThat(ids(person, "?to=" + day)).containsExactly(str(record.path("id")));
        assertThat(ids(person, "?to=" + day.minusDays(1))).isEmpty();
        assertThat(ids(person, "?from=" + day.plusDays(1))).isEmpty();
        assertBadRequest(person.get(HISTORY + "?from=today"), Set.of("from"));
        assertBadRequest(person.get(HISTORY + "?from=" + day + "&to=" + day.minusDays(1)), Set.of("to"));
    }

    @Test
    void deletesARecord() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String kept = str(
                person.postJson(HISTORY, ApiRequests.screening(s -> {})).json().path("id"));
        String gone = str(
                person.postJson(HISTORY, ApiRequests.screening(s -> {})).json().path("id"));

        assertThat(person.delete(HISTORY + "/" + gone).status()).isEqualTo(204);

        assertProblem(person.get(HISTORY + "/" + gone), 404);
        assertProblem(person.delete(HISTORY + "/" + gone), 404);
        assertThat(ids(person, "")).containsExactly(kept);
    }

    @Test
    void anotherPersonsRecordsAreAsMissingAsUnknownOnes() {
        ApiPerson a = ApiPerson.signUp(mvc, "UTC");
        ApiPerson b = ApiPerson.signUp(mvc, "UTC");
        JsonNode record = a.postJson(HISTORY, ApiRequests.screening(s -> {})).json();
        String id = str(record.path("id"));

        assertProblem(b.get(HISTORY + "/" + id), 404);
        assertProblem(b.delete(HISTORY + "/" + id), 404);
        assertProblem(b.get(HISTORY + "/" + UUID.randomUUID()), 404);
        assertProblem(b.get(HISTORY + "/not-an-id"), 404);
        assertThat(assertOkJson(b.get(HISTORY)).path("items").size()).isZero();

        assertThat(assertOkJson(a.get(HISTORY + "/" + id))).isEqualTo(record);
        assertThat(assertOkJson(a.get(HISTORY)).path("items")).containsExactly(record);
    }

    @Test
    void anonymousRequestsAreUnauthorized() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);

        assertProblem(get(HISTORY), 401);
        assertProblem(get(HISTORY + "/" + UUID.randomUUID()), 401);
        assertProblem(anonymous.postJson(HISTORY, ApiRequests.screening(s -> {})), 401);
        assertProblem(anonymous.delete(HISTORY + "/" + UUID.randomUUID()), 401);
    }

    @Test
    void changesWithoutTheCsrfTokenAreForbiddenAndChangeNothing() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String id = str(
                person.postJson(HISTORY, ApiRequests.screening(s -> {})).json().path("id"));

        assertProblem(person.withoutCsrf().postJson(HISTORY, ApiRequests.screening(s -> {})), 403);
        assertProblem(person.withoutCsrf().delete(HISTORY + "/" + id), 403);
        assertProblem(postJson(HISTORY, ApiRequests.screening(s -> {})), 403);

        assertThat(ids(person, "")).containsExactly(id);
    }

    private static JsonNode withoutIdAndAt(JsonNode record) {
        ObjectNode copy = ((ObjectNode) record).deepCopy();
        copy.remove(List.of("id", "at"));
        return copy;
    }

    private static List<String> ids(ApiPerson person, String query) {
        List<String> ids = new ArrayList<>();
        assertOkJson(person.get(HISTORY + query)).path("items").forEach(record -> ids.add(str(record.path("id"))));
        return ids;
    }
}
