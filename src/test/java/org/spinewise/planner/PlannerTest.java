package org.spinewise.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.TestContent;
import org.spinewise.library.Category;
import org.spinewise.library.Position;
import org.spinewise.screening.ScreeningInput;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.spinewise.TestContent.ENGINE;
import static org.spinewise.TestContent.PLANNER;

/** The planner on the real library, without Spring. */
class PlannerTest {

    private static final Set<Position> EVERYWHERE = EnumSet.of(Position.CHAIR, Position.FLOOR, Position.LYING);

    static Stream<Arguments> examples() {
        return TestContent.examples("plans.json").stream()
                .map(example -> Arguments.of(example.get("case").stringValue(), example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void plansTheClinicsExamples(String name, JsonNode example) {
        JsonNode request = example.get("request");
        ScreeningInput screening = TestContent.screeningInput(request.get("screening"));
        Set<Position> positions = EnumSet.noneOf(Position.class);
        request.get("positions").values().forEach(p -> positions.add(Position.valueOf(p.stringValue())));

        Plan plan = PLANNER.plan(new PlanRequest(
                ENGINE.evaluate(screening),
                screening.painLevel(),
                positions,
                request.get("minutes").intValue(),
                Goal.valueOf(request.get("goal").stringValue())));

        JsonNode expected = example.get("oneValidAnswer");
        assertThat(plan.items()).containsExactlyElementsOf(items(expected.get("items")));
        assertThat(plan.totalSeconds()).isEqualTo(expected.get("totalSeconds").intValue());
        assertThat(exclusions(plan.excluded())).isEqualTo(exclusions(expected.get("excluded")));
    }

    @Test
    void pelvicTiltSetsFollowPain() {
        List<Integer> sets = new ArrayList<>();
        for (int pain = 0; pain <= 10; pain++) {
            Plan plan = plan(
                    new ScreeningInput(40, pain, Set.of(), null, Set.of()),
                    Set.of(Position.LYING),
                    5,
                    Goal.RELIEVE_TENSION);
            sets.add(plan.items().stream()
                    .filter(i -> i.exerciseId().equals("pelvic-tilt"))
                    .findFirst()
                    .map(PlanItem::sets)
                    .orElse(-1));
        }
        assertThat(sets).containsExactly(10, 9, 9, 8, 7, 7, 6, 5, 4, 4, 3);
    }

    @Test
    void kneeToChestIsFiveTimesPerLeg() {
        Plan plan = plan(healthy(2), Set.of(Position.LYING), 15, Goal.RELIEVE_TENSION);

        assertThat(plan.items())
                .filteredOn(i -> i.exerciseId().equals("knee-to-chest"))
                .isNotEmpty()
                .allSatisfy(item -> {
                    assertThat(item.sides()).isEqualTo(2);
                    assertThat(item.reps()).isEqualTo(5);
                });
    }

    @Test
    void startsWithTheWarmUpAndEndsWithTheCrack() {
        Plan plan = plan(healthy(1), EVERYWHERE, 10, Goal.CRACK_SAFELY);

        assertThat(plan.items().get(0).exerciseId()).isEqualTo("pelvic-tilt");
        assertThat(plan.items().get(plan.items().size() - 1).category()).isEqualTo(Category.CRACK);
        assertThat(plan.items()).filteredOn(i -> i.category() == Category.CRACK).hasSize(1);
        assertThat(plan.leftOut()).extracting(Exclusion::reason).contains(LeftOutReason.ONE_CRACK_PER_ROUTINE);
    }

    @Test
    void oneMinuteOnAChairHoldsOnlyTheCrackWhenNoStretchFits() {
        Plan plan = plan(healthy(1), Set.of(Position.CHAIR), 1, Goal.CRACK_SAFELY);

        assertThat(plan.items()).extracting(PlanItem::exerciseId).containsExactly("seated-chair-extension");
        assertThat(plan.leftOut()).contains(new Exclusion("seated-trunk-rotation", List.of(), LeftOutReason.NO_TIME));
    }

    @Test
    void floorOnlyCrackingUsesTheFloorTwist() {
        Plan plan = plan(healthy(0), Set.of(Position.FLOOR), 5, Goal.CRACK_SAFELY);

        assertThat(plan.items()).extracting(PlanItem::exerciseId).containsExactly("seated-floor-twist");
    }

    @Test
    void leftOutItemsSayWhy() {
        Plan plan = plan(healthy(2), Set.of(Position.CHAIR), 5, Goal.RELIEVE_TENSION);

        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.leftOut())
                .contains(
                        new Exclusion("yoga-spine-twist", List.of(), LeftOutReason.POSITION_NOT_AVAILABLE),
                        new Exclusion("seated-chair-extension", List.of(), LeftOutReason.NOT_PART_OF_GOAL));
    }

    @Test
    void safetyExclusionsUniteEveryRuleBehindThem() {
        ScreeningInput stenosisAndPain = new ScreeningInput(60, 5, Set.of("spinal_stenosis"), null, Set.of());

        Plan plan = plan(stenosisAndPain, EVERYWHERE, 10, Goal.CRACK_SAFELY);

        assertThat(plan.excluded())
                .contains(new Exclusion(
                        "seated-chair-extension",
                        List.of("R-CONDITION-SPINAL_STENOSIS", "R-CRACK-PAIN"),
                        LeftOutReason.MOVEMENT_TO_AVOID));
    }

    @ParameterizedTest(name = "{0} minutes plans {1} seconds at most")
    @CsvSource({"15, 900", "16, 900", "60, 900", "5, 300"})
    void plansAtMostFifteenMinutes(int minutes, int cap) {
        Plan plan = plan(healthy(2), EVERYWHERE, minutes, Goal.RELIEVE_TENSION);

        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(cap).isGreaterThan(cap - 50);
    }

    @Test
    void refusesRequestsOutsideTheContract() {
        var screening = ENGINE.evaluate(healthy(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanRequest(screening, 1, Set.of(), 5, Goal.DESK_BREAK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanRequest(screening, 1, Set.of(Position.ANY), 5, Goal.DESK_BREAK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanRequest(screening, 1, EVERYWHERE, 0, Goal.DESK_BREAK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanRequest(screening, 1, EVERYWHERE, 61, Goal.DESK_BREAK));
    }

    private static ScreeningInput healthy(int pain) {
        return new ScreeningInput(35, pain, Set.of(), 100.0, Set.of());
    }

    private static Plan plan(ScreeningInput screening, Set<Position> positions, int minutes, Goal goal) {
        return PLANNER.plan(
                new PlanRequest(ENGINE.evaluate(screening), screening.painLevel(), positions, minutes, goal));
    }

    private static List<PlanItem> items(JsonNode items) {
        List<PlanItem> result = new ArrayList<>();
        items.values()
                .forEach(i -> result.add(new PlanItem(
                        i.get("exerciseId").stringValue(),
                        Category.valueOf(i.get("category").stringValue()),
                        Position.valueOf(i.get("position").stringValue()),
                        i.get("sides").intValue(),
                        i.get("reps").intValue(),
                        i.get("sets").intValue(),
                        i.get("holdSeconds").intValue(),
                        i.get("restSeconds").intValue(),
                        i.get("seconds").intValue())));
        return result;
    }

    private static Map<String, List<String>> exclusions(List<Exclusion> exclusions) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        exclusions.forEach(e -> result.put(e.exerciseId(), e.rules()));
        return result;
    }

    private static Map<String, List<String>> exclusions(JsonNode exclusions) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        exclusions.values().forEach(e -> {
            List<String> rules = new ArrayList<>();
            e.get("rules").values().forEach(r -> rules.add(r.stringValue()));
            result.put(e.get("exerciseId").stringValue(), rules);
        });
        return result;
    }
}
