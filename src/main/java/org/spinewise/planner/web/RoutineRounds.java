package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Category;
import org.spinewise.planner.PlanItem;

/**
 * The order a routine is shown and played in, in rounds. The plan keeps the order the contract fills it in
 * (round after round of the stretches that still fit, so the same stretch can come twice in a row); a person
 * reads that as a muddle. Here the same items are put so that no stretch follows itself whenever some order
 * allows it, keeping the warm-up first and a closing crack last, and then cut into rounds in which each
 * exercise comes at most once. Only the display changes: every item stays, with its dose.
 */
final class RoutineRounds {

    /** A plan item in its place, in round {@code round} (from 1) of {@code rounds}. */
    record Placed(PlanItem item, int round, int rounds) {}

    private RoutineRounds() {}

    /** @param warmUp whether a library id names a warm-up, which stays first when the plan starts with it */
    static List<Placed> arrange(List<PlanItem> items, Predicate<String> warmUp) {
        List<PlanItem> pool = new ArrayList<>(items);
        PlanItem first = !pool.isEmpty() && warmUp.test(pool.get(0).exerciseId()) ? pool.remove(0) : null;
        PlanItem last = !pool.isEmpty() && pool.get(pool.size() - 1).category() == Category.CRACK
                ? pool.remove(pool.size() - 1)
                : null;
        List<PlanItem> ordered = new ArrayList<>();
        if (first != null) {
            ordered.add(first);
        }
        String lastId = last == null ? null : last.exerciseId();
        while (!pool.isEmpty()) {
            String previous =
                    ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).exerciseId();
            ordered.add(pool.remove(next(pool, previous, lastId)));
        }
        if (last != null) {
            ordered.add(last);
        }
        return inRounds(ordered);
    }

    /**
     * The earliest item that differs from the one before and leaves an order without repeats possible; when
     * none does (one kind of stretch only, say), the earliest that at least differs, else the earliest.
     */
    private static int next(List<PlanItem> pool, @Nullable String previous, @Nullable String lastId) {
        int differing = -1;
        for (int i = 0; i < pool.size(); i++) {
            String id = pool.get(i).exerciseId();
            if (id.equals(previous)) {
                continue;
            }
            if (differing < 0) {
                differing = i;
            }
            List<PlanItem> rest = new ArrayList<>(pool);
            rest.remove(i);
            if (canAvoidRepeats(counts(rest), id, lastId)) {
                return i;
            }
        }
        return Math.max(differing, 0);
    }

    /**
     * Whether items of these counts can stand in a row with no exercise twice in a row, after {@code previous}
     * and before {@code following}: an exercise may fill at most every other place of the row, one place fewer
     * for each end it may not touch.
     */
    static boolean canAvoidRepeats(Map<String, Integer> counts, @Nullable String previous, @Nullable String following) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int places = total - entry.getValue() + 1;
            places -= entry.getKey().equals(previous) ? 1 : 0;
            places -= entry.getKey().equals(following) ? 1 : 0;
            if (entry.getValue() > places) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Integer> counts(List<PlanItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(item.exerciseId(), 1, Integer::sum));
        return counts;
    }

    /** A new round starts where an exercise would come a second time in the current one. */
    private static List<Placed> inRounds(List<PlanItem> ordered) {
        int[] rounds = new int[ordered.size()];
        Set<String> inRound = new HashSet<>();
        int round = 1;
        for (int i = 0; i < ordered.size(); i++) {
            if (!inRound.add(ordered.get(i).exerciseId())) {
                round++;
                inRound.clear();
                inRound.add(ordered.get(i).exerciseId());
            }
            rounds[i] = round;
        }
        int total = round;
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            placed.add(new Placed(Objects.requireNonNull(ordered.get(i)), rounds[i], total));
        }
        return placed;
    }
}
