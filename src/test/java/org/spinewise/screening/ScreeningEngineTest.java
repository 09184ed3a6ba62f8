package org.spinewise.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.TestContent;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.spinewise.TestContent.ENGINE;
import static org.spinewise.TestContent.RULES;

/** The screening engine on the real rules file, without Spring. */
class ScreeningEngineTest {

    private static final long SEED = 20261125L;
    private static final int RANDOM_CASES = 5000;

    static Stream<Arguments> examples() {
        return TestContent.examples("screenings.json").stream()
                .map(example -> Arguments.of(example.get("case").stringValue(), example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matchesTheClinicsExamples(String name, JsonNode example) {
        ScreeningResult result = ENGINE.evaluate(TestContent.screeningInput(example.get("request")));
        JsonNode expected = example.get("expected");

        assertThat(result.disposition().name())
                .isEqualTo(expected.get("disposition").stringValue());
        assertThat(result.firedRules())
                .extracting(Rule::id)
                .containsExactlyInAnyOrderElementsOf(strings(expected.get("firedRuleIds")));
        JsonNode restrictions = expected.get("restrictions");
        assertThat(result.restrictions().crackingAllowed())
                .isEqualTo(restrictions.get("crackingAllowed").booleanValue());
        assertThat(result.restrictions().selfGuidedExercise())
                .isEqualTo(restrictions.get("selfGuidedExercise").booleanValue());
        assertThat(result.restrictions().avoidMovements())
                .extracting(Movement::name)
                .containsExactlyInAnyOrderElementsOf(strings(restrictions.get("avoidMovements")));
        assertThat(result.restrictions().avoidPositions())
                .extracting(Position::name)
                .containsExactlyInAnyOrderElementsOf(strings(restrictions.get("avoidPositions")));
        JsonNode therapy = expected.get("therapy");
        if (therapy.isNull()) {
            assertThat(result.therapy()).isNull();
        } else {
            assertThat(result.therapy())
                    .isEqualTo(new TherapyAdvice(
                            TherapyKind.valueOf(therapy.get("recommended").stringValue()),
                            therapy.get("defaultMinutes").intValue(),
                            therapy.get("maxMinutes").intValue()));
        }
    }

    static Stream<Arguments> eachAnswerAlone() {
        return ContractReference.ANSWER_RULES.entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
    }

    @ParameterizedTest(name = "{0} fires {1}")
    @MethodSource("eachAnswerAlone")
    void eachYesFiresItsContractRule(String answer, String rule, String disposition) {
        ScreeningResult result = ENGINE.evaluate(input(40, 2, Set.of(), 100.0, Set.of(answer)));

        assertThat(result.firedRules()).extracting(Rule::id).containsExactly(rule);
        assertThat(result.firedRules().get(0).disposition())
                .isEqualTo(disposition == null ? null : Disposition.valueOf(disposition));
        assertThat(result.disposition().name()).isEqualTo(disposition == null ? "SELF_CARE" : disposition);
    }

    @Test
    void questionnaireHoldsExactlyTheContractQuestions() {
        assertThat(RULES.questions())
                .extracting(Question::id)
                .containsExactlyElementsOf(ContractReference.ANSWER_RULES.keySet());
        assertThat(RULES.conditions())
                .extracting(DiagnosedCondition::id)
                .containsExactlyElementsOf(ContractReference.CONDITIONS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"leg_numbness_tingling", "leg_weakness", "progressive_leg_weakness", "both_legs_affected"})
    void cancerWithNerveSignsIsCordCompression(String nerveSign) {
        ScreeningResult result = ENGINE.evaluate(input(60, 2, Set.of(), null, Set.of("cancer_history", nerveSign)));

        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.firedRules()).extracting(Rule::id).contains("R-MSCC", "R-CANCER-HISTORY");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "fever, leg_numbness_tingling", "fever, leg_weakness", "fever, progressive_leg_weakness",
        "fever, both_legs_affected", "infection_risk, leg_numbness_tingling", "infection_risk, leg_weakness",
        "infection_risk, progressive_leg_weakness", "infection_risk, both_legs_affected"
    })
    void infectionWithNerveSignsIsAnEmergency(String infection, String nerveSign) {
        ScreeningResult result = ENGINE.evaluate(input(50, 2, Set.of(), null, Set.of(infection, nerveSign)));

        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.firedRules()).extracting(Rule::id).contains("R-INFECTION-NEURO");
        assertThat(result.restrictions().selfGuidedExercise()).isFalse();
        assertThat(result.therapy()).isNull();
    }

    @Test
    void cancerOrFeverAloneIsNotAnEmergency() {
        assertThat(ENGINE.evaluate(input(60, 2, Set.of(), null, Set.of("cancer_history")))
                        .disposition())
                .isEqualTo(Disposition.URGENT);
        assertThat(ENGINE.evaluate(input(60, 2, Set.of(), null, Set.of("fever", "infection_risk")))
                        .firedRules())
                .extracting(Rule::id)
                .doesNotContain("R-INFECTION-NEURO");
    }

    @ParameterizedTest(name = "pain {0}: cracking allowed {1}, severe {2}")
    @CsvSource({
        "0, true, false",
        "3, true, false",
        "4, false, false",
        "7, false, false",
        "8, false, true",
        "10, false, true"
    })
    void painLevelBoundaries(int pain, boolean crackingAllowed, boolean severe) {
        ScreeningResult result = ENGINE.evaluate(input(40, pain, Set.of(), null, Set.of()));

        assertThat(result.restrictions().crackingAllowed()).isEqualTo(crackingAllowed);
        assertThat(result.firedRules())
                .extracting(Rule::id)
                .contains(crackingAllowed ? new String[0] : new String[] {"R-CRACK-PAIN"});
        assertThat(result.disposition()).isEqualTo(severe ? Disposition.SEE_PROFESSIONAL : Disposition.SELF_CARE);
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @CsvSource({
        "1, URGENT, R-AGE-MINOR R-AGE-YOUNG-CHILD",
        "5, URGENT, R-AGE-MINOR R-AGE-YOUNG-CHILD",
        "6, SEE_PROFESSIONAL, R-AGE-MINOR",
        "17, SEE_PROFESSIONAL, R-AGE-MINOR",
        "18, SELF_CARE, ",
        "64, SELF_CARE, ",
        "65, SELF_CARE, R-CRACK-AGE",
        "120, SELF_CARE, R-CRACK-AGE"
    })
    void ageBoundaries(int age, Disposition disposition, String rules) {
        ScreeningResult result = ENGINE.evaluate(input(age, 1, Set.of(), null, Set.of()));

        List<String> expected = rules == null ? List.of() : List.of(rules.split(" "));
        assertThat(result.disposition()).isEqualTo(disposition);
        assertThat(result.firedRules()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.restrictions().crackingAllowed()).isEqualTo(expected.isEmpty());
        assertThat(result.restrictions().selfGuidedExercise()).isEqualTo(disposition != Disposition.URGENT);
    }

    @ParameterizedTest(name = "onset {0} h: not settling {1}")
    @CsvSource({"671.9, false", "672, true", "5000, true", ", false"})
    void fourWeeksWithoutSettlingNeedsAVisit(Double onsetHours, boolean notSettling) {
        ScreeningResult result = ENGINE.evaluate(input(40, 2, Set.of(), onsetHours, Set.of()));

        assertThat(result.firedRules())
                .extracting(Rule::id)
                .containsExactlyElementsOf(notSettling ? List.of("R-NOT-SETTLING") : List.of());
        assertThat(result.disposition()).isEqualTo(notSettling ? Disposition.SEE_PROFESSIONAL : Disposition.SELF_CARE);
        assertThat(result.restrictions().crackingAllowed()).isEqualTo(!notSettling);
        assertThat(result.restrictions().selfGuidedExercise()).isTrue();
    }

    @ParameterizedTest(name = "age {0}, osteoporosis {1}: fragility fracture {2}")
    @CsvSource({
        "40, false, false",
        "64, false, false",
        "65, false, true",
        "90, false, true",
        "40, true, true",
        "64, true, true"
    })
    void suddenCentralPainIsAPossibleFragilityFracture(int age, boolean osteoporosis, boolean fracture) {
        Set<String> conditions = osteoporosis ? Set.of("osteoporosis") : Set.of();
        ScreeningResult result = ENGINE.evaluate(input(age, 2, conditions, null, Set.of("sudden_central_pain")));

        assertThat(result.firedRules()).extracting(Rule::id).contains("R-SUDDEN-CENTRAL");
        assertThat(result.firedRules().stream().anyMatch(rule -> rule.id().equals("R-FRACTURE-SPONTANEOUS")))
                .isEqualTo(fracture);
        assertThat(result.disposition()).isEqualTo(fracture ? Disposition.URGENT : Disposition.SEE_PROFESSIONAL);
    }

    @Test
    void numbnessInOneLegIsABookedVisitButNewWeaknessIsUrgent() {
        assertThat(ENGINE.evaluate(input(40, 2, Set.of(), null, Set.of("leg_numbness_tingling")))
                        .disposition())
                .isEqualTo(Disposition.SEE_PROFESSIONAL);
        assertThat(ENGINE.evaluate(input(40, 2, Set.of(), null, Set.of("leg_weakness")))
                        .disposition())
                .isEqualTo(Disposition.URGENT);
    }

    @ParameterizedTest(name = "onset {0} h: {1}")
    @CsvSource({"0, COLD", "47.99, COLD", "48, HEAT", "1000, HEAT", ", HEAT"})
    void coldFirstInTheFirstTwoDays(Double onsetHours, TherapyKind expected) {
        TherapyAdvice therapy =
                ENGINE.evaluate(input(40, 1, Set.of(), onsetHours, Set.of())).therapy();

        assertThat(therapy).isEqualTo(new TherapyAdvice(expected, 15, 20));
    }

    @Test
    void restrictionsAreComputedWhateverTheDisposition() {
        ScreeningResult result = ENGINE.evaluate(
                input(70, 9, Set.of("osteoporosis", "spinal_stenosis"), null, Set.of("saddle_numbness", "pregnant")));

        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.restrictions().avoidMovements())
                .containsExactlyInAnyOrder(Movement.EXTENSION, Movement.FLEXION, Movement.ROTATION);
        assertThat(result.restrictions().avoidPositions()).containsExactly(Position.LYING);
        assertThat(result.firedRules())
                .extracting(Rule::id)
                .containsExactly(
                        "R-CES-SADDLE",
                        "R-PAIN-SEVERE",
                        "R-CONDITION-OSTEOPOROSIS",
                        "R-CONDITION-SPINAL_STENOSIS",
                        "R-CRACK-AGE",
                        "R-CRACK-PAIN",
                        "R-PREGNANCY");
    }

    @Test
    void everyFiredRuleExplainsItselfAndCitesASource() {
        Set<String> everyAnswer = ContractReference.ANSWER_RULES.keySet();
        Set<String> conditions = Set.copyOf(ContractReference.CONDITIONS);
        ScreeningResult child = ENGINE.evaluate(input(3, 10, conditions, 700.0, everyAnswer));
        ScreeningResult older = ENGINE.evaluate(input(70, 10, conditions, 700.0, everyAnswer));

        Set<Rule> fired = new HashSet<>(child.firedRules());
        fired.addAll(older.firedRules());
        assertThat(fired).hasSize(RULES.rules().size());
        assertThat(fired).allSatisfy(rule -> {
            assertThat(rule.message()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(child.rulesVersion()).isEqualTo(RULES.version()).isNotBlank();
    }

    @Test
    void unknownIdsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.evaluate(input(40, 1, Set.of(), null, Set.of("feverish"))))
                .withMessageContaining("feverish");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.evaluate(input(40, 1, Set.of("scoliosis"), null, Set.of())))
                .withMessageContaining("scoliosis");
    }

    static Stream<Arguments> randomInputs() {
        Random random = new Random(SEED);
        return IntStream.range(0, RANDOM_CASES).mapToObj(i -> Arguments.of(i, RandomScreenings.next(random)));
    }

    /** The data-driven engine agrees with the contract written as code, on thousands of seeded inputs. */
    @ParameterizedTest(name = "case {0}: {1}")
    @MethodSource("randomInputs")
    void agreesWithTheContract(int caseNumber, ScreeningInput input) {
        ScreeningResult result = ENGINE.evaluate(input);
        ContractReference.Expected expected = ContractReference.evaluate(input);

        assertThat(result.disposition()).isEqualTo(expected.disposition());
        assertThat(result.firedRules()).extracting(Rule::id).containsExactlyElementsOf(expected.firedRuleIds());
        assertThat(result.restrictions()).isEqualTo(expected.restrictions());
        assertThat(result.therapy() == null ? null : result.therapy().recommended())
                .isEqualTo(expected.therapy());
        assertThat(ENGINE.evaluate(input)).as("deterministic").isEqualTo(result);
    }

    static ScreeningInput input(int age, int pain, Set<String> conditions, Double onsetHours, Set<String> yes) {
        return new ScreeningInput(age, pain, conditions, onsetHours, yes);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.stringValue()));
        return values;
    }
}
