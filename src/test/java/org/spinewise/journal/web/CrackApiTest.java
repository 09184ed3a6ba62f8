package org.spinewise.journal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.TestContent;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The cracking log and its guardrails as account-api.md has them. */
class CrackApiTest extends JournalApiTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    /** Days well in the past, so tests can place cracks at exact times. */
    private static final Instant PAST = Instant.now()
            .truncatedTo(ChronoUnit.DAYS)
            .minus(20, ChronoUnit.DAYS)
            .plus(9, ChronoUnit.HOURS);

    @Autowired
    private JdbcClient jdbc;

    private static ObjectNode valid() {
        ObjectNode body = JSON.createObjectNode();
        body.put("technique", "seated-chair-extension");
        body.put("forced", false);
        body.put("painful", false);
        return body;
    }

    private static String crack(Instant at, boolean forced, boolean painful) {
        ObjectNode body = valid();
        body.put("at", at.toString()).put("forced", forced).put("painful", painful);
        return ApiRequests.write(body);
    }

    private Answer log(ApiPerson person, String body) {
        return person.postJson("/api/v1/cracks", body);
    }

    private JsonNode logged(ApiPerson person, String body) {
        Answer answer = log(person, body);
        assertThat(answer.status()).as("status; body: %s", answer.body()).isEqualTo(201);
        return answer.json();
    }

    private JsonNode items(ApiPerson person, String query) {
        return assertOkJson(person.get("/api/v1/cracks" + query)).path("items");
    }

    private static List<String> codes(JsonNode crack) {
        List<String> codes = new ArrayList<>();
        crack.path("advice").forEach(advice -> codes.add(advice.path("code").asString()));
        return codes;
    }

    // ---- the happy path -------------------------------------------------------------------

    @Test
    void logsReadsListsAndDeletesACrack() {
        Instant before = Instant.now();
        JsonNode crack = logged(ann, ApiRequests.write(valid()));
        Instant after = Instant.now();

        assertThat(Set.copyOf(crack.propertyNames()))
                .containsExactlyInAnyOrder("id", "at", "technique", "forced", "painful", "advice");
        String id = str(crack.path("id"));
        assertThat(id).isNotBlank();
        assertThat(Instant.parse(str(crack.path("at"))))
                .as("at defaults to now")
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(str(crack.path("technique"))).isEqualTo("seated-chair-extension");
        assertThat(crack.path("forced").isBoolean()).isTrue();
        assertThat(crack.path("advice").isArray()).isTrue();
        assertThat(crack.path("advice")).isEmpty();

        JsonNode read = assertOkJson(ann.get("/api/v1/cracks/" + id));
        assertThat(str(read.path("id"))).isEqualTo(id);
        assertThat(read.path("at")).isEqualTo(crack.path("at"));
        assertThat(read.path("painful").booleanValue()).isFalse();
        assertThat(items(ann, ""))
                .extracting(item -> item.path("id").asString())
                .containsExactly(id);

        Answer deleted = ann.delete("/api/v1/cracks/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(ann.get("/api/v1/cracks/" + id), 404);
        assertProblem(ann.delete("/api/v1/cracks/" + id), 404);
        assertThat(items(ann, "")).isEmpty();
    }

    @Test
    void everyLibraryCrackTechniqueAndOtherAreAccepted() {
        List<String> techniques = new ArrayList<>(TestContent.LIBRARY.exercises().stream()
                .filter(exercise -> exercise.category() == Category.CRACK)
                .map(Exercise::id)
                .toList());
        techniques.add("other");
        assertThat(techniques).contains("seated-chair-extension", "seated-floor-twist", "lying-spinal-twist");

        for (int i = 0; i < techniques.size(); i++) {
            ObjectNode body = valid();
            body.put("technique", techniques.get(i))
                    .put("at", PAST.plus(i, ChronoUnit.DAYS).toString());
            assertThat(str(logged(ann, ApiRequests.write(body)).path("technique")))
                    .isEqualTo(techniques.get(i));
        }
    }

    @Test
    void anInstantWithAnOffsetIsKeptAsTheSameInstant() {
        JsonNode crack = logged(ann, ApiRequests.write(valid().put("at", "2026-01-15T09:30:00+01:00")));

        assertThat(Instant.parse(str(crack.path("at")))).isEqualTo(Instant.parse("2026-01-15T08:30:00Z"));
    }

    @Test
    void listsByTimeWithinInclusiveDays() {
        LocalDate day = LocalDate.ofInstant(PAST, ZoneId.of("UTC"));
        List<String> ids = new ArrayList<>();
        for (int offset : new int[] {2, 0, 1}) {
            ids.add(str(logged(ann, crack(PAST.plus(offset, ChronoUnit.DAYS), false, false))
                    .path("id")));
        }
        // logged in the order of days 2, 0, 1
        assertThat(items(ann, ""))
                .extracting(item -> item.path("id").asString())
                .containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(items(ann, "?from=" + day.plusDays(1)))
                .extracting(item -> item.path("id").asString())
                .containsExactly(ids.get(2), ids.get(0));
        assertThat(items(ann, "?to=" + day.plusDays(1)))
                .extracting(item -> item.path("id").asString())
                .containsExactly(ids.get(1), ids.get(2));
        assertThat(items(ann, "?from=" + day + "&to=" + day))
                .extracting(item -> item.path("id").asString())
                .containsExactly(ids.get(1));
        assertThat(items(ann, "?from=" + day.plusDays(3))).isEmpty();
    }

    // ---- the guardrails ---------------------------------------------------------------------

    @Test
    void theFourthCrackOfADayEarnsTheDailyLimitAndOffersTheStretches() {
        for (int i = 0; i < 3; i++) {
            assertThat(codes(logged(ann, crack(PAST.plus(i, ChronoUnit.HOURS), false, false))))
                    .as("crack %d", i + 1)
                    .isEmpty();
        }
        JsonNode fourth = logged(ann, crack(PAST.plus(3, ChronoUnit.HOURS), false, false));
        assertThat(codes(fourth)).containsExactly("DAILY_LIMIT");
        JsonNode advice = fourth.path("advice").get(0);
        assertThat(Set.copyOf(advice.propertyNames())).containsExactlyInAnyOrder("code", "message", "source");
        assertThat(str(advice.path("message")))
                .contains("stretch")
                .contains(TestContent.LIBRARY.exercises().stream()
                        .filter(exercise -> exercise.category() == Category.STRETCH)
                        .map(Exercise::name)
                        .toList());
        assertThat(str(advice.path("source"))).contains("Strategies to Prevent Damage from Back Cracking");

        // The next day starts the count again.
        assertThat(codes(logged(ann, crack(PAST.plus(1, ChronoUnit.DAYS), false, false))))
                .isEmpty();
    }

    @Test
    void aForcedCrackNamesTheRisks() {
        JsonNode crack = logged(ann, crack(PAST, true, false));

        assertThat(codes(crack)).containsExactly("FORCED");
        JsonNode advice = crack.path("advice").get(0);
        assertThat(str(advice.path("message"))).contains("nerve").contains("disc");
        assertThat(str(advice.path("source"))).contains("Is It Damaging to Crack Your Back?");
        assertThat(codes(logged(ann, crack(PAST.plus(1, ChronoUnit.DAYS), false, false))))
                .isEmpty();
    }

    @Test
    void threePainfulOfTheLatestFiveEarnPersistentPain() {
        // One crack a day, so the daily limit stays out of it. Each step: painful?, painful among the latest 5.
        boolean[] painful = {true, false, false, false, true, true, true, false, false, false};
        int[] painfulOfLatestFive = {1, 1, 1, 1, 2, 2, 3, 3, 3, 2};
        for (int i = 0; i < painful.length; i++) {
            JsonNode crack = logged(ann, crack(PAST.plus(i, ChronoUnit.DAYS), false, painful[i]));
            boolean advised = painfulOfLatestFive[i] >= 3;
            assertThat(codes(crack))
                    .as("crack %d: %d of the latest 5 painful", i + 1, painfulOfLatestFive[i])
                    .isEqualTo(advised ? List.of("PERSISTENT_PAIN") : List.of());
            if (advised) {
                JsonNode advice = crack.path("advice").get(0);
                assertThat(str(advice.path("message"))).containsIgnoringCase("professional");
                assertThat(str(advice.path("source"))).contains("When to Seek Professional Help for Back Cracking");
            }
        }
    }

    @Test
    void allThreeComeInTheContractsOrder() {
        for (int i = 0; i < 3; i++) {
            logged(ann, crack(PAST.plus(i, ChronoUnit.MINUTES), false, true));
        }
        JsonNode crack = logged(ann, crack(PAST.plus(3, ChronoUnit.MINUTES), true, true));

        assertThat(codes(crack)).containsExactly("DAILY_LIMIT", "FORCED", "PERSISTENT_PAIN");
        crack.path("advice").forEach(advice -> {
            assertThat(str(advice.path("message"))).isNotBlank();
            assertThat(str(advice.path("source"))).isNotBlank();
        });
    }

    @Test
    void aCracksDayIsTheDayInThePersonsTimeZone() {
        ApiPerson bob = ApiPerson.signUp(mvc, "Pacific/Auckland");
        LocalDate day = LocalDate.ofInstant(PAST, AUCKLAND).plusDays(1);
        Instant midnight = day.atStartOfDay(AUCKLAND).toInstant();
        // Three before Auckland's midnight and one at it: one UTC day, two Auckland days.
        List<Instant> times = List.of(
                midnight.minus(Duration.ofMinutes(60)),
                midnight.minus(Duration.ofMinutes(30)),
                midnight.minusSeconds(1),
                midnight);

        for (int i = 0; i < 3; i++) {
            logged(ann, crack(times.get(i), false, false));
            logged(bob, crack(times.get(i), false, false));
        }
        assertThat(codes(logged(ann, crack(times.get(3), false, false)))).containsExactly("DAILY_LIMIT");
        assertThat(codes(logged(bob, crack(times.get(3), false, false)))).isEmpty();

        assertThat(items(bob, "?from=" + day + "&to=" + day))
                .extracting(item -> item.path("at").asString())
                .containsExactly(midnight.toString());
        assertThat(items(bob, "?from=" + day.minusDays(1) + "&to=" + day.minusDays(1)))
                .hasSize(3);
        LocalDate utcDay = LocalDate.ofInstant(midnight, ZoneId.of("UTC"));
        assertThat(items(ann, "?from=" + utcDay + "&to=" + utcDay)).hasSize(4);
    }

    @Test
    void aCrackMayBeAFewMinutesAheadButNotMore() {
        JsonNode ahead = logged(ann, crack(Instant.now().plus(Duration.ofMinutes(4)), false, false));
        assertThat(Instant.parse(str(ahead.path("at")))).isAfter(Instant.now());

        assertBadRequest(log(ann, crack(Instant.now().plus(Duration.ofMinutes(6)), false, false)), Set.of("at"));
        assertThat(items(ann, "")).hasSize(1);
    }

    // ---- bad input --------------------------------------------------------------------------

    static Stream<BadInput> badCracks() {
        List<BadInput> cases = new ArrayList<>(ApiRequests.badBodies(valid()));
        for (String field : List.of("technique", "forced", "painful")) {
            cases.add(bad(field + " missing", b -> b.remove(field), field));
        }
        // no crack technique of the library: in capitals, a stretch, a therapy
        cases.addAll(BadInput.wrongValues(
                valid(),
                "technique",
                "null",
                "\"SEATED-CHAIR-EXTENSION\"",
                "\"seated-trunk-rotation\"",
                "\"heat-therapy\"",
                "1"));
        cases.addAll(BadInput.wrongValues(valid(), "forced", "\"true\"", "1"));
        cases.addAll(BadInput.wrongValues(valid(), "painful", "null"));
        // a day, a time without a zone, words, a number
        cases.addAll(BadInput.wrongValues(
                valid(), "at", "\"2026-11-20\"", "\"2026-11-20T08:30:00\"", "\"this morning\"", "1764059400"));
        cases.add(bad(
                "at in an hour",
                b -> b.put("at", Instant.now().plus(Duration.ofHours(1)).toString()),
                "at"));
        cases.add(bad(
                "at next year",
                b -> b.put("at", Instant.now().plus(Duration.ofDays(366)).toString()),
                "at"));
        cases.add(bad("at before 1900", b -> b.put("at", "1899-12-31T23:59:59Z"), "at"));
        cases.add(bad("at far too long", b -> b.put("at", "2026-11-20T08:30:00Z".repeat(10)), "at"));
        cases.add(bad("unknown field", b -> b.put("advice", "none"), "advice"));
        cases.add(bad("an id of one's own", b -> b.put("id", "mine"), "id"));
        cases.add(bad(
                "three mistakes",
                b -> {
                    b.put("technique", "crunch").put("at", "soon");
                    b.remove("forced");
                },
                "technique",
                "forced",
                "at"));
        return cases.stream();
    }

    private static BadInput bad(String name, Consumer<ObjectNode> change, String... fields) {
        return BadInput.changed(valid(), name, change, fields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCracks")
    void aBadCrackNamesItsFieldsAndStoresNothing(BadInput input) {
        assertBadRequest(log(ann, input.body()), input.fields());

        assertThat(items(ann, "")).isEmpty();
    }

    @Test
    void malformedListBoundsAreNamed() {
        assertMalformedListBoundsAreNamed("/api/v1/cracks");
    }

    @Test
    void anUnknownIdIsNotFound() {
        for (String id : List.of("nope", "00000000-0000-0000-0000-000000000000", "1", "a".repeat(300))) {
            assertProblem(ann.get("/api/v1/cracks/" + id), 404);
            assertProblem(ann.delete("/api/v1/cracks/" + id), 404);
        }
    }

    // ---- who may ---------------------------------------------------------------------------

    @Test
    void anonymousRequestsAnswer401() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);
        String id = str(logged(ann, ApiRequests.write(valid())).path("id"));
        for (MockHttpServletRequestBuilder request : List.of(
                MockMvcRequestBuilders.get("/api/v1/cracks"),
                MockMvcRequestBuilders.get("/api/v1/cracks/" + id),
                post("/api/v1/cracks").contentType(MediaType.APPLICATION_JSON).content(ApiRequests.write(valid())),
                delete("/api/v1/cracks/" + id))) {
            assertProblem(anonymous.performWithCsrf(request), 401);
        }
        assertThat(items(ann, "")).hasSize(1);
    }

    @Test
    void changesWithoutTheCsrfTokenAnswer403AndStoreNothing() {
        String id = str(logged(ann, ApiRequests.write(valid())).path("id"));

        assertProblem(ann.withoutCsrf().postJson("/api/v1/cracks", ApiRequests.write(valid())), 403);
        assertProblem(ann.withoutCsrf().delete("/api/v1/cracks/" + id), 403);
        assertProblem(ann.perform(delete("/api/v1/cracks/" + id).header("X-XSRF-TOKEN", "forged")), 403);

        assertThat(items(ann, ""))
                .extracting(item -> item.path("id").asString())
                .containsExactly(id);
    }

    @Test
    void anotherPersonCanNeitherReadListNorDeleteACrack() {
        JsonNode anns = logged(ann, crack(PAST, true, true));
        String id = str(anns.path("id"));
        ApiPerson bob = ApiPerson.signUp(mvc, "UTC");

        assertProblem(bob.get("/api/v1/cracks/" + id), 404);
        assertThat(items(bob, "")).isEmpty();
        assertProblem(bob.delete("/api/v1/cracks/" + id), 404);
        // Bob's log and advice are his own: Ann's painful crack does not count for him.
        assertThat(codes(logged(bob, crack(PAST, false, true)))).isEmpty();

        JsonNode stillThere = assertOkJson(ann.get("/api/v1/cracks/" + id));
        assertThat(stillThere.path("at")).isEqualTo(anns.path("at"));
        assertThat(stillThere.path("forced").booleanValue()).isTrue();
        assertThat(items(ann, "")).hasSize(1);
    }

    @Test
    void deletingTheAccountDeletesTheJournal() {
        logged(ann, ApiRequests.write(valid()));
        String yesterday = LocalDate.now(ZoneId.of("UTC")).minusDays(1).toString();
        assertThat(ann.putJson("/api/v1/checkins/" + yesterday, "{\"pain\": 1, \"stiffness\": 1, \"sittingHours\": 1}")
                        .status())
                .isEqualTo(201);
        var id = jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(ann.email())
                .query(java.util.UUID.class)
                .single();
        assertThat(rows("crack", id)).isEqualTo(1);
        assertThat(rows("checkin", id)).isEqualTo(1);

        Answer gone = ann.deleteJson("/api/v1/account", "{\"password\": \"" + ann.password() + "\"}");
        assertThat(gone.status()).as(gone.body()).isEqualTo(204);

        assertThat(rows("crack", id)).isZero();
        assertThat(rows("checkin", id)).isZero();
    }

    private int rows(String table, java.util.UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }
}
