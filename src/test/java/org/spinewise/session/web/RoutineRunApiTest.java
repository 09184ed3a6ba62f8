package org.spinewise.session.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.ApiTest;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/routine-runs} as account-api.md writes it. */
class RoutineRunApiTest extends ApiTest {

    private static final String RUNS = "/api/v1/routine-runs";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Instant START = Instant.parse("2026-01-15T08:30:00Z");

    /** One person for the bad-input cases, who must never have a run stored. */
    private static ApiPerson rejected;

    @Autowired
    Library library;

    @BeforeEach
    void rejectedPerson() {
        if (rejected == null) {
            rejected = ApiPerson.signUp(mvc, "UTC");
        }
    }

    /** A valid run: two exercises, pain 4 then 2, not stopped. */
    static ObjectNode run() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("startedAt", START.toString());
        body.put("endedAt", START.plus(Duration.ofMinutes(10)).toString());
        body.putArray("completed").add("seated-trunk-rotation").add("knee-to-chest");
        body.put("painBefore", 4);
        body.put("painAfter", 2);
        body.putNull("stop");
        return body;
    }

    static String run(Consumer<ObjectNode> change) {
        ObjectNode body = run();
        change.accept(body);
        return ApiRequests.write(body);
    }

    private static BadInput bad(String name, Consumer<ObjectNode> change, String... fields) {
        return new BadInput(name, run(change), Set.of(fields));
    }

    static Stream<BadInput> badRuns() {
        String future = Instant.now().plus(Duration.ofMinutes(30)).toString();
        List<BadInput> cases = new ArrayList<>(ApiRequests.badBodies(run()));
        cases.addAll(List.of(
                bad("startedAt missing", b -> b.remove("startedAt"), "startedAt"),
                bad("startedAt null", b -> b.putNull("startedAt"), "startedAt"),
                bad("startedAt a number", b -> b.put("startedAt", 1_700_000_000), "startedAt"),
                bad("startedAt a date", b -> b.put("startedAt", "2026-01-15"), "startedAt"),
                bad("startedAt without offset", b -> b.put("startedAt", "2026-01-15T08:30:00"), "startedAt"),
                bad("startedAt words", b -> b.put("startedAt", "yesterday"), "startedAt"),
                bad(
                        "startedAt in the future (and endedAt before it)",
                        b -> {
                            b.put("startedAt", future);
                            b.put("endedAt", future);
                        },
                        "startedAt",
                        "endedAt"),
                bad("startedAt in 1800", b -> b.put("startedAt", "1800-01-01T00:00:00Z"), "startedAt"),
                bad("endedAt missing", b -> b.remove("endedAt"), "endedAt"),
                bad("endedAt in the future", b -> b.put("endedAt", future), "endedAt"),
                bad(
                        "endedAt before startedAt",
                        b -> b.put("endedAt", START.minusSeconds(1).toString()),
                        "endedAt"),
                bad("endedAt an object", b -> b.putObject("endedAt"), "endedAt"),
                bad("completed missing", b -> b.remove("completed"), "completed"),
                bad("completed null", b -> b.putNull("completed"), "completed"),
                bad("completed a string", b -> b.put("completed", "knee-to-chest"), "completed"),
                bad(
                        "completed with an unknown id",
                        b -> b.putArray("completed").add("knee-to-chest").add("headstand"),
                        "completed"),
                bad(
                        "completed with an id in other case",
                        b -> b.putArray("completed").add("Knee-To-Chest"),
                        "completed"),
                bad("completed with a number", b -> b.putArray("completed").add(1), "completed"),
                bad("completed with null", b -> b.putArray("completed").addNull(), "completed"),
                bad(
                        "completed with an object",
                        b -> b.putArray("completed").addObject().put("id", "knee-to-chest"),
                        "completed"),
                bad("painBefore missing", b -> b.remove("painBefore"), "painBefore"),
                bad("painBefore null", b -> b.putNull("painBefore"), "painBefore"),
                bad("painBefore -1", b -> b.put("painBefore", -1), "painBefore"),
                bad("painBefore 11", b -> b.put("painBefore", 11), "painBefore"),
                bad("painBefore 4.5", b -> b.put("painBefore", 4.5), "painBefore"),
                bad("painBefore 4.0", b -> b.put("painBefore", 4.0), "painBefore"),
                bad("painBefore \"4\"", b -> b.put("painBefore", "4"), "painBefore"),
                bad("painBefore true", b -> b.put("painBefore", true), "painBefore"),
                bad("painAfter -1", b -> b.put("painAfter", -1), "painAfter"),
                bad("painAfter 11", b -> b.put("painAfter", 11), "painAfter"),
                bad("painAfter 2.5", b -> b.put("painAfter", 2.5), "painAfter"),
                bad("painAfter \"2\"", b -> b.put("painAfter", "2"), "painAfter"),
                bad("painAfter 99999999999", b -> b.put("painAfter", 99_999_999_999L), "painAfter"),
                bad("stop a string", b -> b.put("stop", "SHARP_PAIN"), "stop"),
                bad("stop an array", b -> b.putArray("stop").add("SHARP_PAIN"), "stop"),
                bad("stop true", b -> b.put("stop", true), "stop"),
                bad("stop without reason", b -> b.putObject("stop"), "stop.reason"),
                bad("stop reason null", b -> b.putObject("stop").putNull("reason"), "stop.reason"),
                bad("stop reason unknown", b -> b.putObject("stop").put("reason", "BORED"), "stop.reason"),
                bad("stop reason in other case", b -> b.putObject("stop").put("reason", "sharp_pain"), "stop.reason"),
                bad("stop reason a number", b -> b.putObject("stop").put("reason", 1), "stop.reason"),
                bad(
                        "stop with an unknown field",
                        b -> b.putObject("stop").put("reason", "SHARP_PAIN").put("note", "x"),
                        "stop.note"),
                bad("unknown field", b -> b.put("note", "felt good"), "note"),
                bad(
                        "several mistakes at once",
                        b -> {
                            b.put("painBefore", 12);
                            b.putArray("completed").add("headstand");
                            b.putObject("stop").put("reason", "BORED");
                            b.put("extra", 1);
                        },
                        "painBefore",
                        "completed",
                        "stop.reason",
                        "extra")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuns")
    void eachBadInputNamesItsFieldsAndStoresNothing(BadInput bad) {
        assertBadRequest(rejected.postJson(RUNS, bad.body()), bad.fields());

        assertThat(assertOkJson(rejected.get(RUNS)).path("items").size())
                .as("runs stored")
                .isZero();
    }

    @Test
    void recordsARunAndAnswersItWithItsId() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        Answer created = person.postJson(RUNS, ApiRequests.write(run()));

        assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
        JsonNode run = created.json();
        assertThat(str(run.path("id"))).isNotBlank();
        assertThat(str(run.path("startedAt"))).isEqualTo("2026-01-15T08:30:00Z");
        assertThat(str(run.path("endedAt"))).isEqualTo("2026-01-15T08:40:00Z");
        assertThat(texts(run.path("completed"))).containsExactly("seated-trunk-rotation", "knee-to-chest");
        assertThat(run.path("painBefore").asInt()).isEqualTo(4);
        assertThat(run.path("painAfter").asInt()).isEqualTo(2);
        assertThat(run.path("stop").isNull()).as("stop of %s", run).isTrue();

        JsonNode read = assertOkJson(person.get(RUNS + "/" + str(run.path("id"))));
        assertThat(read).isEqualTo(run);
        assertThat(assertOkJson(person.get(RUNS)).path("items")).containsExactly(run);
    }

    @Test
    void recordsAStoppedRunWithoutPainAfterAndEveryLibraryId() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        List<String> every = library.exercises().stream().map(Exercise::id).toList();

        for (String reason :
                List.of("SHARP_PAIN", "NUMBNESS_TINGLING", "PAIN_SPREADING_TO_LEG", "UNCOMFORTABLE", "LEG_WEAKNESS")) {
            Answer created = person.postJson(RUNS, run(b -> {
                b.remove("painAfter");
                b.putObject("stop").put("reason", reason);
                every.forEach(b.putArray("completed")::add);
            }));
            assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
            JsonNode run = created.json();
            assertThat(str(run.path("stop").path("reason"))).isEqualTo(reason);
            assertThat(run.path("painAfter").isNull())
                    .as("painAfter of %s", run)
                    .isTrue();
            assertThat(texts(run.path("completed"))).isEqualTo(every);
            assertThat(assertOkJson(person.get(RUNS + "/" + str(run.path("id")))))
                    .isEqualTo(run);
        }
        assertThat(assertOkJson(person.get(RUNS)).path("items").size()).isEqualTo(5);
    }

    @Test
    void acceptsAnEmptyRunEndingAsItStartsAndAClockAFewMinutesAhead() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String ahead = Instant.now()
                .plus(Duration.ofMinutes(4))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();

        Answer created = person.postJson(RUNS, run(b -> {
            b.put("startedAt", ahead);
            b.put("endedAt", ahead);
            b.putArray("completed");
            b.putNull("painAfter");
            b.remove("stop");
        }));

        assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
        assertThat(str(created.json().path("startedAt"))).isEqualTo(ahead);
        assertThat(created.json().path("completed").size()).isZero();
    }

    @Test
    void anInstantWithAnOffsetIsStoredAsTheSameInstant() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        Answer created = person.postJson(RUNS, run(b -> {
            b.put("startedAt", "2026-01-15T09:30:00+01:00");
            b.put("endedAt", "2026-01-15T08:40:00.250Z");
        }));

        assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
        assertThat(str(created.json().path("startedAt"))).isEqualTo("2026-01-15T08:30:00Z");
        assertThat(str(created.json().path("endedAt"))).isEqualTo("2026-01-15T08:40:00.250Z");
    }

    @Test
    void listsByTheDayOfStartedAtInThePersonsTimeZone() {
        // Auckland is UTC+12 in July: 11:30Z is 23:30 on June 30th there, 12:30Z is 00:30 on July 1st.
        ApiPerson person = ApiPerson.signUp(mvc, "Pacific/Auckland");
        String lateJune30 = id(person.postJson(RUNS, at("2025-06-30T11:30:00Z")));
        String earlyJuly1 = id(person.postJson(RUNS, at("2025-06-30T12:30:00Z")));
        String lastMinuteJuly1 = id(person.postJson(RUNS, at("2025-07-01T11:59:59.999999Z")));
        String july2 = id(person.postJson(RUNS, at("2025-07-01T12:00:00Z")));

        assertThat(ids(person, "")).containsExactly(lateJune30, earlyJuly1, lastMinuteJuly1, july2);
        assertThat(ids(person, "?from=2025-06-30&to=2025-06-30")).containsExactly(lateJune30);
        assertThat(ids(person, "?from=2025-07-01&to=2025-07-01")).containsExactly(earlyJuly1, lastMinuteJuly1);
        assertThat(ids(person, "?from=2025-07-01")).containsExactly(earlyJuly1, lastMinuteJuly1, july2);
        assertThat(ids(person, "?to=2025-07-01")).containsExactly(lateJune30, earlyJuly1, lastMinuteJuly1);
        assertThat(ids(person, "?from=2025-07-02&to=2025-07-05")).containsExactly(july2);
        assertThat(ids(person, "?from=2025-06-01&to=2025-06-29")).isEmpty();
    }

    @Test
    void badDaysNameTheirParameter() {
        ApiPerson person = ApiPerson.signUp(mvc, "Europe/Berlin");

        assertBadRequest(person.get(RUNS + "?from=yesterday"), Set.of("from"));
        assertBadRequest(person.get(RUNS + "?to=2025-13-01"), Set.of("to"));
        assertBadRequest(person.get(RUNS + "?from=2025-02-30&to=x"), Set.of("from", "to"));
        assertBadRequest(person.get(RUNS + "?from=2025-07-02&to=2025-07-01"), Set.of("to"));
        assertBadRequest(person.get(RUNS + "?from=2025-07-01T00:00:00Z"), Set.of("from"));
    }

    @Test
    void deletesARun() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String kept = id(person.postJson(RUNS, ApiRequests.write(run())));
        String gone = id(person.postJson(RUNS, ApiRequests.write(run())));

        Answer deleted = person.delete(RUNS + "/" + gone);

        assertThat(deleted.status()).as("status; body: %s", deleted.body()).isEqualTo(204);
        assertProblem(person.get(RUNS + "/" + gone), 404);
        assertProblem(person.delete(RUNS + "/" + gone), 404);
        assertThat(ids(person, "")).containsExactly(kept);
    }

    @Test
    void unknownIdsAreNotFound() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id", "1")) {
            assertProblem(person.get(RUNS + "/" + id), 404);
            assertProblem(person.delete(RUNS + "/" + id), 404);
        }
    }

    @Test
    void aMissingRunIsNamedAsAskedFor() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        UUID unknown = UUID.randomUUID();

        assertThat(str(assertProblem(person.get(RUNS + "/not-an-id"), 404).path("detail")))
                .isEqualTo("There is no routine run with the id 'not-an-id'.");
        assertThat(str(assertProblem(person.delete(RUNS + "/" + unknown), 404).path("detail")))
                .isEqualTo("There is no routine run with the id '" + unknown + "'.");
    }

    @Test
    void anotherPersonsRunsAreAsMissingAsUnknownOnes() {
        ApiPerson a = ApiPerson.signUp(mvc, "UTC");
        ApiPerson b = ApiPerson.signUp(mvc, "UTC");
        JsonNode run = a.postJson(RUNS, ApiRequests.write(run())).json();
        String id = str(run.path("id"));

        JsonNode readByB = assertProblem(b.get(RUNS + "/" + id), 404);
        JsonNode missing = assertProblem(b.get(RUNS + "/" + UUID.randomUUID()), 404);
        assertThat(str(readByB.path("title"))).isEqualTo(str(missing.path("title")));
        assertProblem(b.delete(RUNS + "/" + id), 404);
        assertThat(assertOkJson(b.get(RUNS)).path("items").size()).isZero();
        assertThat(assertOkJson(b.get(RUNS + "?from=2026-01-15&to=2026-01-15"))
                        .path("items")
                        .size())
                .isZero();

        assertThat(assertOkJson(a.get(RUNS + "/" + id))).isEqualTo(run);
        assertThat(assertOkJson(a.get(RUNS)).path("items")).containsExactly(run);
    }

    @Test
    void anonymousRequestsAreUnauthorized() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);

        assertProblem(get(RUNS), 401);
        assertProblem(get(RUNS + "/" + UUID.randomUUID()), 401);
        assertProblem(anonymous.postJson(RUNS, ApiRequests.write(run())), 401);
        assertProblem(anonymous.delete(RUNS + "/" + UUID.randomUUID()), 401);
    }

    @Test
    void changesWithoutTheCsrfTokenAreForbiddenAndChangeNothing() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String id = id(person.postJson(RUNS, ApiRequests.write(run())));

        assertProblem(person.withoutCsrf().postJson(RUNS, ApiRequests.write(run())), 403);
        assertProblem(person.withoutCsrf().delete(RUNS + "/" + id), 403);
        assertProblem(
                person.perform(MockMvcRequestBuilders.post(RUNS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-XSRF-TOKEN", "forged")
                        .content(ApiRequests.write(run()))),
                403);
        assertProblem(postJson(RUNS, ApiRequests.write(run())), 403);

        assertThat(ids(person, "")).containsExactly(id);
    }

    private static String at(String startedAt) {
        return run(b -> {
            b.put("startedAt", startedAt);
            b.put("endedAt", startedAt);
        });
    }

    private static String id(Answer created) {
        assertThat(created.status()).as("status; body: %s", created.body()).isEqualTo(201);
        return str(created.json().path("id"));
    }

    private static List<String> ids(ApiPerson person, String query) {
        List<String> ids = new ArrayList<>();
        assertOkJson(person.get(RUNS + query)).path("items").forEach(run -> ids.add(str(run.path("id"))));
        return ids;
    }
}
