package org.spinewise.screening.web;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.spinewise.screening.ContractReference;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningApiTest extends ApiTest {

    private static final String SCREENINGS = "/api/v1/screenings";

    /** Disposition precedence of the contract; restriction-only rules (null) come last. */
    private static final List<String> PRECEDENCE = List.of("EMERGENCY", "URGENT", "SEE_PROFESSIONAL", "SELF_CARE");

    /** Each rule's disposition as the contract's tables give it ("" = restriction only). */
    private static final Map<String, String> CONTRACT_DISPOSITIONS = ContractReference.dispositions();

    static Stream<Arguments> examples() {
        return ApiRequests.examplesByCase("screenings.json");
    }

    static List<BadInput> badInputs() {
        return ApiRequests.badScreenings();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersEachExampleAsExpected(JsonNode example) {
        JsonNode expected = example.path("expected");

        JsonNode result = assertOkJson(postJson(SCREENINGS, ApiRequests.write(example.path("request"))));

        assertThat(result.path("disposition").asString())
                .isEqualTo(expected.path("disposition").asString());
        assertThat(firedIds(result))
                .as("fired rule ids")
                .containsExactlyInAnyOrderElementsOf(textSet(expected.path("firedRuleIds")));
        JsonNode restrictions = result.path("restrictions");
        JsonNode expectedRestrictions = expected.path("restrictions");
        assertThat(restrictions.path("crackingAllowed").isBoolean()).isTrue();
        assertThat(restrictions.path("crackingAllowed").booleanValue())
                .as("crackingAllowed")
                .isEqualTo(expectedRestrictions.path("crackingAllowed").booleanValue());
        assertThat(restrictions.path("selfGuidedExercise").isBoolean()).isTrue();
        assertThat(restrictions.path("selfGuidedExercise").booleanValue())
                .as("selfGuidedExercise")
                .isEqualTo(expectedRestrictions.path("selfGuidedExercise").booleanValue());
        assertThat(texts(restrictions.path("avoidMovements")))
                .as("avoidMovements")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(texts(expectedRestrictions.path("avoidMovements")));
        assertThat(texts(restrictions.path("avoidPositions")))
                .as("avoidPositions")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(texts(expectedRestrictions.path("avoidPositions")));
        assertThat(result.has("therapy"))
                .as("therapy is always present, null included")
                .isTrue();
        assertThat(result.get("therapy")).as("therapy").isEqualTo(expected.get("therapy"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void listsFiredRulesHighestDispositionFirstThenRestrictionsEachByIdWithMessageAndSource(JsonNode example) {
        JsonNode result = assertOkJson(postJson(SCREENINGS, ApiRequests.write(example.path("request"))));

        List<JsonNode> fired = new ArrayList<>();
        result.path("firedRules").forEach(fired::add);
        List<JsonNode> ordered = new ArrayList<>(fired);
        ordered.sort(Comparator.comparingInt((JsonNode rule) -> rank(rule.path("disposition")))
                .thenComparing(rule -> rule.path("id").asString()));
        assertThat(ids(fired)).as("fired rule order").containsExactlyElementsOf(ids(ordered));
        for (JsonNode rule : fired) {
            String id = rule.path("id").asString();
            assertThat(str(rule.path("message"))).as("message of %s", id).isNotBlank();
            assertThat(str(rule.path("source"))).as("source of %s", id).isNotBlank();
            assertThat(rule.has("disposition"))
                    .as("%s has a disposition member", id)
                    .isTrue();
            String contract = id.startsWith("R-CONDITION-") ? "" : CONTRACT_DISPOSITIONS.get(id);
            assertThat(contract).as("%s is a rule of the contract", id).isNotNull();
            assertThat(rule.path("disposition").isString() ? str(rule.path("disposition")) : "")
                    .as("disposition of %s (%s)", id, rule.path("disposition"))
                    .isEqualTo(contract);
            assertThat(rule.path("disposition").isString()
                            || rule.path("disposition").isNull())
                    .as("disposition of %s is a name or null", id)
                    .isTrue();
        }
        String highest = fired.stream()
                .map(rule -> rule.path("disposition"))
                .filter(JsonNode::isString)
                .map(JsonNode::asString)
                .min(Comparator.comparingInt(PRECEDENCE::indexOf))
                .orElse("SELF_CARE");
        assertThat(result.path("disposition").asString())
                .as("the highest fired disposition wins")
                .isEqualTo(highest);
        assertThat(str(result.path("rulesVersion"))).as("rulesVersion").isNotBlank();
    }

    @Test
    void ordersManyFiredRulesAcrossEveryGroup() {
        String body = ApiRequests.screening(s -> {
            s.put("age", 16);
            s.put("painLevel", 9);
            s.putArray("conditions").add("spinal_stenosis").add("herniated_disc");
            ApiRequests.answers(s)
                    .put("saddle_numbness", true)
                    .put("bowel_bladder_change", true)
                    .put("fever", true)
                    .put("locked_back", true)
                    .put("pregnant", true);
        });

        JsonNode result = assertOkJson(postJson(SCREENINGS, body));

        assertThat(ids(result.path("firedRules")))
                .containsExactly(
                        "R-CES-BLADDER",
                        "R-CES-SADDLE",
                        "R-INFECTION-FEVER",
                        "R-AGE-MINOR",
                        "R-LOCKED",
                        "R-PAIN-SEVERE",
                        "R-CONDITION-HERNIATED_DISC",
                        "R-CONDITION-SPINAL_STENOSIS",
                        "R-CRACK-PAIN",
                        "R-PREGNANCY");
        assertThat(result.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(result.path("restrictions").path("avoidPositions").get(0).asString())
                .isEqualTo("LYING");
        assertThat(result.get("therapy").isNull()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void rejectsBadInputNamingTheField(BadInput bad) {
        assertBadRequest(postJson(SCREENINGS, bad.body()), bad.fields());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void keepsNothingAboutAnAnonymousScreeningNotEvenACookie(JsonNode example) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(SCREENINGS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApiRequests.write(example.path("request"))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookies())
                .as("cookies set by a screening answer")
                .isEmpty();
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void rejectsAMissingBody() {
        assertBadRequest(perform(MockMvcRequestBuilders.post(SCREENINGS)), Set.of("body"));
    }

    @Test
    void rejectsAMissingBodyDeclaredAsJson() {
        assertBadRequest(
                perform(MockMvcRequestBuilders.post(SCREENINGS).contentType(MediaType.APPLICATION_JSON)),
                Set.of("body"));
    }

    @Test
    void listsEveryMistakeAtOnce() {
        String body = ApiRequests.screening(s -> {
            s.put("age", 0);
            s.put("painLevel", 11);
            s.put("onsetHours", -1);
            s.putArray("conditions").add("scoliosis");
            s.put("name", "Ann");
            ApiRequests.answers(s).remove("fever");
            ApiRequests.answers(s).put("pregnant", "no");
            ApiRequests.answers(s).put("foo", true);
        });

        assertBadRequest(
                postJson(SCREENINGS, body),
                Set.of(
                        "age",
                        "painLevel",
                        "onsetHours",
                        "conditions",
                        "name",
                        "answers.fever",
                        "answers.pregnant",
                        "answers.foo"));
    }

    @Test
    void reportsBadInputAsProblemJsonEvenWhenTheClientAcceptsOnlyJson() {
        var request = MockMvcRequestBuilders.post(SCREENINGS)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(ApiRequests.screening(s -> s.put("age", 0)));

        assertBadRequest(perform(request), Set.of("age"));
    }

    @Test
    void acceptsOnsetHoursNullAsAbsent() {
        JsonNode withNull = assertOkJson(postJson(SCREENINGS, ApiRequests.screening(s -> {
            s.putNull("onsetHours");
            s.put("painLevel", 0);
        })));
        JsonNode absent = assertOkJson(postJson(SCREENINGS, ApiRequests.screening(s -> {
            s.remove("onsetHours");
            s.put("painLevel", 0);
        })));

        assertThat(withNull.path("disposition").asString()).isEqualTo("SELF_CARE");
        assertThat(withNull.path("therapy").path("recommended").asString()).isEqualTo("HEAT");
        assertThat(withNull).isEqualTo(absent);
    }

    @Test
    void acceptsFractionalOnsetHours() {
        JsonNode result = assertOkJson(postJson(SCREENINGS, ApiRequests.screening(s -> s.put("onsetHours", 0.5))));

        assertThat(result.path("disposition").asString()).isEqualTo("SELF_CARE");
        assertThat(result.path("therapy").path("recommended").asString()).isEqualTo("COLD");
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        JsonNode oldest = assertOkJson(postJson(SCREENINGS, ApiRequests.screening(s -> {
            s.put("age", 120);
            s.put("painLevel", 0);
            s.put("onsetHours", 0);
        })));
        JsonNode youngest = assertOkJson(postJson(SCREENINGS, ApiRequests.screening(s -> {
            s.put("age", 1);
            s.put("painLevel", 10);
        })));

        assertThat(oldest.path("disposition").asString()).isEqualTo("SELF_CARE");
        assertThat(ids(oldest.path("firedRules"))).containsExactly("R-CRACK-AGE");
        assertThat(oldest.path("therapy").path("recommended").asString()).isEqualTo("COLD");
        assertThat(ids(youngest.path("firedRules")))
                .containsExactly("R-AGE-YOUNG-CHILD", "R-AGE-MINOR", "R-PAIN-SEVERE", "R-CRACK-PAIN");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<String> firedIds(JsonNode result) {
        return ids(result.path("firedRules"));
    }

    private static List<String> ids(Iterable<JsonNode> rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.path("id").asString()));
        return ids;
    }

    private static int rank(JsonNode disposition) {
        if (disposition.isNull() || disposition.isMissingNode()) {
            return PRECEDENCE.size();
        }
        int rank = PRECEDENCE.indexOf(disposition.asString());
        assertThat(rank).as("known disposition %s", disposition).isNotNegative();
        return rank;
    }
}
