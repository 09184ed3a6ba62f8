package org.spinewise.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.RandomScreenings;
import org.spinewise.screening.Restrictions;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.ENGINE;
import static org.spinewise.TestContent.LIBRARY;

/**
 * The safety core's word on assigned routines, over seeded random screenings: what it refuses when a
 * clinician assigns is exactly what the screening's restrictions rule out, and what the person is given to
 * play never breaks them.
 */
class AssignedRoutinesTest {

    private static final AssignedRoutines ROUTINES = new AssignedRoutines(LIBRARY.exercises());
    private static final List<Exercise> ASSIGNABLE =
            LIBRARY.exercises().stream().filter(Exercise::isPlannable).toList();

    /** Age 40, pain 2, no answer yes: self-care, nothing restricted. */
    private static final ScreeningInput HEALTHY = new ScreeningInput(40, 2, Set.of(), 72.0, Set.of());

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void refusesExactlyWhatTheScreeningRulesOutAndPlaysNothingElse(long seed) {
        ScreeningResult screening = ENGINE.evaluate(RandomScreenings.next(new Random(seed)));
        List<String> ids = ASSIGNABLE.stream().map(Exercise::id).toList();

        List<AssignedRoutines.Refusal> refusals = ROUTINES.refusals(ids, screening);
        Plan played = ROUTINES.playable(
                ids.stream().map(id -> new AssignedItem(id, 1, 1, 5)).toList(), screening);

        if (screening.disposition() == Disposition.EMERGENCY || screening.disposition() == Disposition.URGENT) {
            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0).index()).isNull();
            assertThat(refusals.get(0).rules()).isNotEmpty();
            assertThat(played.items()).isEmpty();
            return;
        }
        List<Integer> unsafe = new ArrayList<>();
        for (int i = 0; i < ASSIGNABLE.size(); i++) {
            if (breaks(ASSIGNABLE.get(i), screening.restrictions())) {
                unsafe.add(i);
            }
        }
        assertThat(refusals.stream().map(AssignedRoutines.Refusal::index).toList())
                .isEqualTo(unsafe);
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal.rules()).isNotEmpty());
        assertThat(played.items()).hasSize(ASSIGNABLE.size() - unsafe.size());
        assertThat(played.items())
                .noneSatisfy(item -> assertThat(
                                breaks(LIBRARY.exercise(item.exerciseId()).orElseThrow(), screening.restrictions()))
                        .isTrue());
        assertThat(played.excluded()).hasSize(unsafe.size());
    }

    @Test
    void theClinicianChosenDoseIsPlayedWithTheLibrarysSidesAndRest() {
        ScreeningResult selfCare = ENGINE.evaluate(HEALTHY);
        Plan played = ROUTINES.playable(List.of(new AssignedItem("knee-to-chest", 3, 2, 10)), selfCare);
        PlanItem item = played.items().get(0);
        assertThat(item.sides()).isEqualTo(2);
        assertThat(item.seconds()).isEqualTo(2 * 3 * 2 * (10 + item.restSeconds()));
        assertThat(played.totalSeconds()).isEqualTo(item.seconds());
    }

    @Test
    void anItemTheLibraryNoLongerHoldsIsLeftOutAndSaidSo() {
        Plan played =
                ROUTINES.playable(List.of(new AssignedItem("retired-stretch", 1, 1, 5)), ENGINE.evaluate(HEALTHY));
        assertThat(played.items()).isEmpty();
        assertThat(played.leftOut())
                .singleElement()
                .satisfies(gone -> assertThat(gone.reason()).isEqualTo(LeftOutReason.NO_LONGER_IN_LIBRARY));
    }

    /** The restrictions as the planner's own last guard reads them; a crack whenever cracking is not allowed. */
    private static boolean breaks(Exercise exercise, Restrictions restrictions) {
        return !restrictions.selfGuidedExercise()
                || restrictions.avoidMovements().contains(exercise.movement())
                || restrictions.avoidPositions().contains(exercise.position())
                || (exercise.category() == Category.CRACK && !restrictions.crackingAllowed());
    }
}
