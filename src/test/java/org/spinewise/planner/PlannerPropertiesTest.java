package org.spinewise.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.library.Category;
import org.spinewise.library.Dose;
import org.spinewise.library.Exercise;
import org.spinewise.library.Position;
import org.spinewise.screening.RandomScreenings;
import org.spinewise.screening.Restrictions;
import org.spinewise.screening.Rule;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.ENGINE;
import static org.spinewise.TestContent.LIBRARY;
import static org.spinewise.TestContent.PLANNER;

/**
 * Every invariant of the planning contract, over thousands of seeded random
 * requests. A failure names its case; rerun that case with the same seed.
 */
class PlannerPropertiesTest {

    private static final long SEED = 7_2026_11_25L;
    private static final int CASES = 4000;
    private static final List<Exercise> PLANNABLE =
            LIBRARY.exercises().stream().filter(Exercise::isPlannable).toList();

    record Case(ScreeningInput screening, Set<Position> positions, int minutes, Goal goal) {}

    static Stream<Arguments> requests() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(i, randomCase(random)));
    }

    private static Case randomCase(Random random) {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        while (positions.isEmpty()) {
            PlanRequest.CHOOSABLE_POSITIONS.stream()
                    .filter(p -> random.nextBoolean())
                    .forEach(positions::add);
        }
        int minutes = random.nextInt(3) == 0
                ? List.of(1, 2, 3, 14, 15, 16, 60).get(random.nextInt(7))
                : 1 + random.nextInt(60);
        return new Case(
                RandomScreenings.next(random), positions, minutes, Goal.values()[random.nextInt(Goal.values().length)]);
    }

    private static Plan plan(Case c) {
        ScreeningResult screening = ENGINE.evaluate(c.screening());
        return PLANNER.plan(
                new PlanRequest(screening, c.screening().painLevel(), c.positions(), c.minutes(), c.goal()));
    }

    @ParameterizedTest(name = "case {0}: {1}")
    @MethodSource("requests")
    void honoursEveryInvariant(int caseNumber, Case c) {
        Plan plan = plan(c);
        Restrictions restrictions = plan.screening().restrictions();

        nothingWhenSelfGuidedExerciseIsOff(plan, restrictions);
        nothingUnsafeOrOutOfReach(plan, c, restrictions);
        crackOnlyLastAndOnlyWhenAllowed(plan, c, restrictions);
        dosesComeFromTheLibrary(plan, c.screening().painLevel());
        fitsAndUsesItsTime(plan, c);
        safetyExclusionsNameFiredRules(plan);
        everyItemIsAccountedFor(plan);
        assertThat(plan(c)).as("deterministic").isEqualTo(plan);
    }

    private static void nothingWhenSelfGuidedExerciseIsOff(Plan plan, Restrictions restrictions) {
        if (!restrictions.selfGuidedExercise()) {
            assertThat(plan.items()).isEmpty();
            assertThat(plan.totalSeconds()).isZero();
            assertThat(plan.excluded())
                    .extracting(Exclusion::exerciseId)
                    .containsExactlyElementsOf(
                            PLANNABLE.stream().map(Exercise::id).toList());
        }
    }

    private static void nothingUnsafeOrOutOfReach(Plan plan, Case c, Restrictions restrictions) {
        for (PlanItem item : plan.items()) {
            Exercise exercise = LIBRARY.exercise(item.exerciseId()).orElseThrow();
            assertThat(restrictions.avoidMovements()).doesNotContain(exercise.movement());
            assertThat(restrictions.avoidPositions()).doesNotContain(exercise.position());
            assertThat(c.positions()).contains(exercise.position());
            assertThat(item.category()).isIn(Category.STRETCH, Category.CRACK);
            if (c.goal() == Goal.DESK_BREAK) {
                assertThat(item.position()).isEqualTo(Position.CHAIR);
            }
        }
    }

    private static void crackOnlyLastAndOnlyWhenAllowed(Plan plan, Case c, Restrictions restrictions) {
        List<PlanItem> cracks = plan.items().stream()
                .filter(i -> i.category() == Category.CRACK)
                .toList();
        if (c.goal() != Goal.CRACK_SAFELY || !restrictions.crackingAllowed()) {
            assertThat(cracks).isEmpty();
            return;
        }
        boolean crackPossible = PLANNABLE.stream()
                .anyMatch(e -> e.category() == Category.CRACK
                        && c.positions().contains(e.position())
                        && !restrictions.avoidMovements().contains(e.movement())
                        && !restrictions.avoidPositions().contains(e.position()));
        assertThat(cracks).hasSize(crackPossible ? 1 : 0);
        if (crackPossible) {
            PlanItem crack = cracks.get(0);
            assertThat(plan.items().get(plan.items().size() - 1)).isEqualTo(crack);
            int budget = Math.min(c.minutes(), 15) * 60;
            boolean aStretchFits = allowedStretches(plan, c).stream()
                    .anyMatch(e -> e.dose().secondsFor(c.screening().painLevel()) <= budget - crack.seconds());
            if (aStretchFits) {
                assertThat(plan.items()).as("a stretch before the crack").hasSizeGreaterThan(1);
            }
        }
    }

    private static void dosesComeFromTheLibrary(Plan plan, int pain) {
        for (PlanItem item : plan.items()) {
            Dose dose = LIBRARY.exercise(item.exerciseId()).orElseThrow().dose();
            assertThat(item)
                    .isEqualTo(new PlanItem(
                            item.exerciseId(),
                            item.category(),
                            item.position(),
                            dose.sides(),
                            dose.reps(),
                            dose.setsFor(pain),
                            dose.holdSeconds(),
                            dose.restSeconds(),
                            dose.sides()
                                    * dose.reps()
                                    * dose.setsFor(pain)
                                    * (dose.holdSeconds() + dose.restSeconds())));
        }
        Set<String> warmUps = new HashSet<>(
                PLANNABLE.stream().filter(Exercise::warmUp).map(Exercise::id).toList());
        if (plan.items().stream().anyMatch(item -> warmUps.contains(item.exerciseId()))) {
            assertThat(warmUps).as("warm-up first").contains(plan.items().get(0).exerciseId());
        }
    }

    private static void fitsAndUsesItsTime(Plan plan, Case c) {
        assertThat(plan.totalSeconds())
                .isEqualTo(plan.items().stream().mapToInt(PlanItem::seconds).sum());
        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(c.minutes() * 60);
        int unused = Math.min(c.minutes(), 15) * 60 - plan.totalSeconds();
        assertThat(allowedStretches(plan, c))
                .as("no allowed stretch still fits in the %d s left", unused)
                .allSatisfy(e -> assertThat(e.dose().secondsFor(c.screening().painLevel()))
                        .isGreaterThan(unused));
    }

    private static void safetyExclusionsNameFiredRules(Plan plan) {
        Set<String> fired = new HashSet<>(
                plan.screening().firedRules().stream().map(Rule::id).toList());
        assertThat(plan.excluded()).allSatisfy(exclusion -> {
            assertThat(exclusion.rules()).isNotEmpty();
            assertThat(fired).containsAll(exclusion.rules());
            assertThat(exclusion.reason().isSafety()).isTrue();
        });
        assertThat(plan.leftOut()).allSatisfy(exclusion -> {
            assertThat(exclusion.rules()).isEmpty();
            assertThat(exclusion.reason().isSafety()).isFalse();
        });
    }

    private static void everyItemIsAccountedFor(Plan plan) {
        Set<String> planned =
                new HashSet<>(plan.items().stream().map(PlanItem::exerciseId).toList());
        List<String> accounted = new ArrayList<>(planned);
        plan.excluded().forEach(e -> accounted.add(e.exerciseId()));
        plan.leftOut().forEach(e -> accounted.add(e.exerciseId()));
        assertThat(accounted)
                .containsExactlyInAnyOrderElementsOf(
                        PLANNABLE.stream().map(Exercise::id).toList());
    }

    /** Stretches the request and the screening allow, whatever the time. */
    private static List<Exercise> allowedStretches(Plan plan, Case c) {
        Restrictions r = plan.screening().restrictions();
        if (!r.selfGuidedExercise()) {
            return List.of();
        }
        return PLANNABLE.stream()
                .filter(e -> e.category() == Category.STRETCH)
                .filter(e -> c.positions().contains(e.position()))
                .filter(e -> c.goal() != Goal.DESK_BREAK || e.position() == Position.CHAIR)
                .filter(e -> !r.avoidMovements().contains(e.movement())
                        && !r.avoidPositions().contains(e.position()))
                .toList();
    }
}
