package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Position;
import org.spinewise.planner.Goal;
import org.spinewise.planner.PlanItem;
import org.spinewise.planner.PlanRequest;
import org.spinewise.screening.RandomScreenings;
import org.spinewise.screening.ScreeningInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.ENGINE;
import static org.spinewise.TestContent.LIBRARY;
import static org.spinewise.TestContent.PLANNER;

/**
 * The order a routine is shown and played in, over seeded random plans (made up, and the planner's own): the
 * same items, the warm-up first and a closing crack last, never one exercise twice in a row whenever some
 * order allows it (found by an exhaustive search here), and rounds in which each exercise comes once.
 */
class RoutineRoundsTest {

    private static final long SEED = 21_2026_12_05L;
    private static final Predicate<String> WARM_UP = PlanView.warmUps(LIBRARY);
    private static final List<String> STRETCHES = List.of(
            "pelvic-tilt", "seated-trunk-rotation", "yoga-spine-twist", "knee-to-chest", "stretch-e", "stretch-f");

    static Stream<Arguments> madeUpPlans() {
        Random random = new Random(SEED);
        return IntStream.range(0, 3000).mapToObj(i -> Arguments.of(i, madeUp(random)));
    }

    static Stream<Arguments> plannerPlans() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, 1500).mapToObj(i -> Arguments.of(i, planned(random)));
    }

    @ParameterizedTest(name = "made-up plan {0}: {1}")
    @MethodSource("madeUpPlans")
    void madeUpPlansKeepTheirItemsAndNeverRepeatAStretchWhenTheyNeedNot(int number, List<PlanItem> items) {
        assertArranged(items);
    }

    @ParameterizedTest(name = "planner's plan {0}: {1}")
    @MethodSource("plannerPlans")
    void plannersPlansKeepTheirItemsAndNeverRepeatAStretchWhenTheyNeedNot(int number, List<PlanItem> items) {
        assertArranged(items);
    }

    @Test
    void theSameStretchTwiceInARowIsSplitAndTheRoundsAreCounted() {
        // as the planner fills ten minutes lying down at pain 2: the yoga spine twist twice in a row at the end
        List<PlanItem> items = List.of(
                item("pelvic-tilt"),
                item("yoga-spine-twist"),
                item("knee-to-chest"),
                item("pelvic-tilt"),
                item("yoga-spine-twist"),
                item("yoga-spine-twist"));
        List<RoutineRounds.Placed> placed = RoutineRounds.arrange(items, WARM_UP);

        assertThat(ids(placed))
                .containsExactly(
                        "pelvic-tilt",
                        "yoga-spine-twist",
                        "knee-to-chest",
                        "yoga-spine-twist",
                        "pelvic-tilt",
                        "yoga-spine-twist");
        assertThat(placed).extracting(RoutineRounds.Placed::round).containsExactly(1, 1, 1, 2, 2, 3);
        assertThat(placed).extracting(RoutineRounds.Placed::rounds).containsOnly(3);
    }

    @Test
    void oneKindOfStretchIsShownAsRoundsOfOne() {
        List<PlanItem> items =
                List.of(item("seated-trunk-rotation"), item("seated-trunk-rotation"), item("seated-trunk-rotation"));
        assertThat(RoutineRounds.arrange(items, WARM_UP))
                .extracting(RoutineRounds.Placed::round)
                .containsExactly(1, 2, 3);
    }

    private static void assertArranged(List<PlanItem> items) {
        List<RoutineRounds.Placed> placed = RoutineRounds.arrange(items, WARM_UP);
        List<PlanItem> shown = placed.stream().map(RoutineRounds.Placed::item).toList();
        assertThat(shown).as("the same items").containsExactlyInAnyOrderElementsOf(items);
        assertThat(shown.stream().mapToInt(PlanItem::seconds).sum())
                .isEqualTo(items.stream().mapToInt(PlanItem::seconds).sum());
        if (!items.isEmpty() && WARM_UP.test(items.get(0).exerciseId())) {
            assertThat(shown.get(0)).as("the warm-up first").isSameAs(items.get(0));
        }
        if (!items.isEmpty() && items.get(items.size() - 1).category() == Category.CRACK) {
            assertThat(shown.get(shown.size() - 1)).as("the crack last").isSameAs(items.get(items.size() - 1));
        }
        if (anOrderWithoutRepeatsExists(items)) {
            for (int i = 1; i < shown.size(); i++) {
                assertThat(shown.get(i).exerciseId())
                        .as("step %d of %s", i + 1, ids(placed))
                        .isNotEqualTo(shown.get(i - 1).exerciseId());
            }
        }
        int rounds = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).round();
        Set<String> inRound = new HashSet<>();
        for (int i = 0; i < placed.size(); i++) {
            RoutineRounds.Placed step = placed.get(i);
            int before = i == 0 ? 1 : placed.get(i - 1).round();
            assertThat(step.round()).isBetween(before, before + 1);
            assertThat(step.rounds()).isEqualTo(rounds);
            if (step.round() != before) {
                inRound.clear();
            }
            assertThat(inRound.add(step.item().exerciseId()))
                    .as("%s once in round %d of %s", step.item().exerciseId(), step.round(), ids(placed))
                    .isTrue();
        }
    }

    /** Exhaustive: some order of the items, the warm-up first and the crack last as given, has no repeat. */
    private static boolean anOrderWithoutRepeatsExists(List<PlanItem> items) {
        List<String> ids =
                new ArrayList<>(items.stream().map(PlanItem::exerciseId).toList());
        String first = !ids.isEmpty() && WARM_UP.test(ids.get(0)) ? ids.remove(0) : null;
        String last = !ids.isEmpty() && items.get(items.size() - 1).category() == Category.CRACK
                ? ids.remove(ids.size() - 1)
                : null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return search(counts, ids.size(), first, last);
    }

    private static boolean search(Map<String, Integer> counts, int left, String previous, String last) {
        if (left == 0) {
            return last == null || !last.equals(previous);
        }
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > 0 && !entry.getKey().equals(previous)) {
                entry.setValue(entry.getValue() - 1);
                boolean found = search(counts, left - 1, entry.getKey(), last);
                entry.setValue(entry.getValue() + 1);
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to 12 items of up to 6 stretches, sometimes a warm-up first and a crack last. */
    private static List<PlanItem> madeUp(Random random) {
        List<PlanItem> items = new ArrayList<>();
        int kinds = 1 + random.nextInt(STRETCHES.size());
        if (random.nextBoolean()) {
            items.add(item("pelvic-tilt"));
        }
        int size = random.nextInt(13);
        for (int i = 0; i < size; i++) {
            items.add(item(STRETCHES.get(random.nextInt(kinds))));
        }
        if (random.nextInt(3) == 0) {
            items.add(new PlanItem(
                    random.nextBoolean() ? "seated-floor-twist" : "pelvic-tilt",
                    Category.CRACK,
                    Position.FLOOR,
                    2,
                    1,
                    1,
                    5,
                    5,
                    20));
        }
        return List.copyOf(items);
    }

    private static List<PlanItem> planned(Random random) {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        while (positions.isEmpty()) {
            PlanRequest.CHOOSABLE_POSITIONS.stream()
                    .filter(p -> random.nextBoolean())
                    .forEach(positions::add);
        }
        ScreeningInput screening = RandomScreenings.next(random);
        return PLANNER.plan(new PlanRequest(
                        ENGINE.evaluate(screening),
                        screening.painLevel(),
                        positions,
                        1 + random.nextInt(15),
                        Goal.values()[random.nextInt(Goal.values().length)]))
                .items();
    }

    private static PlanItem item(String id) {
        Exercise exercise = LIBRARY.exercise(id).orElse(null);
        Position position = exercise == null ? Position.LYING : exercise.position();
        return new PlanItem(id, Category.STRETCH, position, 1, 1, 3, 5, 5, 30);
    }

    private static List<String> ids(List<RoutineRounds.Placed> placed) {
        return placed.stream().map(p -> p.item().exerciseId()).toList();
    }
}
