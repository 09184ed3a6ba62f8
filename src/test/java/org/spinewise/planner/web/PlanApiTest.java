package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.ApiTest;
import org.spinewise.TestContent;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PlanApiTest extends ApiTest {

    private static final String PLANS = "/api/v1/plans";
    private static final List<String> DOSE_FIELDS = List.of("sides", "reps", "sets", "holdSeconds", "restSeconds");

    static Stream<Arguments> examples() {
        return ApiRequests.examplesByCase("plans.json");
    }

    static List<BadInput> badInputs() {
        return ApiRequests.badPlans();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void plansEachExampleWithItsDosesTotalsAndExclusions(JsonNode example) {
        Planned planned = planned(example);
        JsonNode expected = example.path("oneValidAnswer");
        JsonNode plan = planned.plan();

        Map<String, JsonNode> expectedDoses = new HashMap<>();
        expected.path("items")
                .forEach(item -> expectedDoses.put(item.path("exerciseId").asString(), item));
        int sum = 0;
        for (JsonNode item : plan.path("items")) {
            String id = item.path("exerciseId").asString();
            assertThat(expectedDoses).as("the example plans %s too", id).containsKey(id);
            for (String field : DOSE_FIELDS) {
                assertThat(item.path(field).asInt(-1))
                        .as("%s of %s", field, id)
                        .isEqualTo(expectedDoses.get(id).path(field).asInt());
            }
            int seconds = item.path("sides").asInt()
                    * item.path("reps").asInt()
                    * item.path("sets").asInt()
                    * (item.path("holdSeconds").asInt()
                            + item.path("restSeconds").asInt());
            assertThat(item.path("seconds").asInt(-1)).as("seconds of %s", id).isEqualTo(seconds);
            sum += seconds;
        }
        assertThat(plan.path("totalSeconds").asInt(-1))
                .as("totalSeconds is the items' sum")
                .isEqualTo(sum);
        assertThat(sum)
                .as("total within the minutes asked")
                .isLessThanOrEqualTo(planned.request().path("minutes").asInt() * 60);
        assertThat(exclusions(plan))
                .as("safety exclusions (exerciseId -> rules)")
                .isEqualTo(exclusions(expected));
        // The planner gives the example's own order today; this documents it.
        assertThat(plan.path("items")).as("items in order").isEqualTo(expected.path("items"));
        assertThat(plan.path("totalSeconds").asInt())
                .isEqualTo(expected.path("totalSeconds").asInt());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void usesItsTimeSoNoAllowedStretchWouldStillFit(JsonNode example) {
        Planned planned = planned(example);
        int pain = planned.request().path("screening").path("painLevel").asInt();
        int minutes = planned.request().path("minutes").asInt();
        int left =
                Math.min(minutes, 15) * 60 - planned.plan().path("totalSeconds").asInt();

        if (!planned.restrictions().path("selfGuidedExercise").booleanValue()) {
            assertThat(planned.plan().path("items").isEmpty())
                    .as("no item without self-guided exercise")
                    .isTrue();
            return;
        }
        assertThat(left).as("never more than 15 minutes planned").isNotNegative();
        Set<String> positions = textSet(planned.request().path("positions"));
        boolean deskBreak = "DESK_BREAK".equals(planned.request().path("goal").asString());
        List<String> stillFitting = new ArrayList<>();
        for (JsonNode exercise : get("/api/v1/exercises").json().path("items")) {
            String position = exercise.path("position").asString();
            boolean allowed = "STRETCH".equals(exercise.path("category").asString())
                    && positions.contains(position)
                    && !(deskBreak && !"CHAIR".equals(position))
                    && !textSet(planned.restrictions().path("avoidPositions")).contains(position)
                    && !textSet(planned.restrictions().path("avoidMovements"))
                            .contains(exercise.path("movement").asString());
            if (allowed && secondsAt(exercise.path("dose"), pain) <= left) {
                stillFitting.add(exercise.path("id").asString());
            }
        }
        assertThat(stillFitting)
                .as("allowed stretches that would still fit in the %d s left", left)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void keepsTheContractsSafetyInvariants(JsonNode example) {
        Planned planned = planned(example);
        Set<String> positions = textSet(planned.request().path("positions"));
        Set<String> avoidPositions = textSet(planned.restrictions().path("avoidPositions"));
        List<JsonNode> items = new ArrayList<>();
        planned.plan().path("items").forEach(items::add);

        assertThat(str(planned.plan().path("screening").path("disposition"))).isNotBlank();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String position = item.path("position").asString();
            assertThat(item.path("category").asString()).isIn("STRETCH", "CRACK");
            assertThat(positions).as("position of %s", item).contains(position);
            assertThat(avoidPositions).as("position of %s", item).doesNotContain(position);
            if ("DESK_BREAK".equals(planned.request().path("goal").asString())) {
                assertThat(position).isEqualTo("CHAIR");
            }
            if ("CRACK".equals(item.path("category").asString())) {
                assertThat(planned.request().path("goal").asString()).isEqualTo("CRACK_SAFELY");
                assertThat(planned.restrictions().path("crackingAllowed").booleanValue())
                        .isTrue();
                assertThat(i).as("the crack technique is the last item").isEqualTo(items.size() - 1);
            }
        }
    }

    @Test
    void plansNothingAndExcludesEveryTechniqueWithoutSelfGuidedExercise() {
        String body =
                ApiRequests.plan(p -> ApiRequests.answers(ApiRequests.nested(p)).put("recent_spine_surgery", true));

        JsonNode plan = assertOkJson(postJson(PLANS, body));

        assertThat(plan.path("items").isEmpty()).isTrue();
        assertThat(plan.path("totalSeconds").asInt(-1)).isZero();
        assertThat(exclusions(plan).keySet()).containsExactlyInAnyOrderElementsOf(TestContent.TECHNIQUE_IDS);
        assertThat(exclusions(plan).values())
                .allSatisfy(rules -> assertThat(rules).contains("R-POST-SURGERY"));
    }

    /** An example's request and the plan the API answered it with. */
    private record Planned(JsonNode request, JsonNode plan) {

        JsonNode restrictions() {
            return plan.path("screening").path("restrictions");
        }
    }

    private Planned planned(JsonNode example) {
        JsonNode request = example.path("request");
        return new Planned(request, assertOkJson(postJson(PLANS, ApiRequests.write(request))));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void rejectsBadInputNamingTheField(BadInput bad) {
        assertBadRequest(postJson(PLANS, bad.body()), bad.fields());
    }

    @Test
    void rejectsAMissingBody() {
        assertBadRequest(perform(MockMvcRequestBuilders.post(PLANS)), Set.of("body"));
    }

    @Test
    void listsEveryMistakeAtOnce() {
        String body = ApiRequests.plan(p -> {
            ApiRequests.nested(p).put("age", 121);
            ApiRequests.answers(ApiRequests.nested(p)).remove("fever");
            ApiRequests.answers(ApiRequests.nested(p)).put("foo", true);
            p.putArray("positions").add("STANDING");
            p.put("minutes", 0);
            p.put("goal", "relax");
            p.put("extra", 1);
        });

        assertBadRequest(
                postJson(PLANS, body),
                Set.of(
                        "screening.age",
                        "screening.answers.fever",
                        "screening.answers.foo",
                        "positions",
                        "minutes",
                        "goal",
                        "extra"));
    }

    @Test
    void acceptsTheEdgesOfTheRanges() {
        JsonNode shortest = assertOkJson(postJson(PLANS, ApiRequests.plan(p -> {
            p.put("minutes", 1);
            p.putArray("positions").add("FLOOR");
        })));
        JsonNode longest = assertOkJson(postJson(PLANS, ApiRequests.plan(p -> p.put("minutes", 60))));

        assertThat(shortest.path("totalSeconds").asInt(-1)).isBetween(0, 60);
        assertThat(longest.path("totalSeconds").asInt(-1)).isBetween(1, 15 * 60);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** exerciseId -> rule ids of every listed exclusion; an id is listed at most once. */
    private static Map<String, Set<String>> exclusions(JsonNode plan) {
        Map<String, Set<String>> byId = new LinkedHashMap<>();
        for (JsonNode exclusion : plan.path("excluded")) {
            Set<String> rules = textSet(exclusion.path("rules"));
            String id = exclusion.path("exerciseId").asString();
            assertThat(byId).as("%s excluded once", id).doesNotContainKey(id);
            byId.put(id, rules);
        }
        return byId;
    }

    private static int secondsAt(JsonNode dose, int pain) {
        int sets = dose.path("setsByPain").isArray()
                ? dose.path("setsByPain").get(pain).asInt()
                : dose.path("sets").asInt();
        return dose.path("sides").asInt()
                * dose.path("reps").asInt()
                * sets
                * (dose.path("holdSeconds").asInt() + dose.path("restSeconds").asInt());
    }
}
