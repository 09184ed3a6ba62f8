package org.spinewise.planner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Category;
import org.spinewise.library.Dose;
import org.spinewise.library.Exercise;
import org.spinewise.library.Position;
import org.spinewise.screening.Restrictions;
import org.spinewise.screening.Rule;
import org.spinewise.screening.ScreeningResult;

/**
 * Builds a routine from a screening and the person's preferences. Safety
 * first: an item the screening rules out never enters a plan, and the plan
 * says which rules kept it out. Then the warm-up, the other stretches in
 * library order, repeated as further rounds while one still fits, and, for
 * the goal of cracking safely when it is allowed, one crack technique last.
 */
public final class Planner {

    private final List<Exercise> plannable;

    /** @param library every library item in its canonical order; therapies are ignored */
    public Planner(List<Exercise> library) {
        this.plannable = library.stream().filter(Exercise::isPlannable).toList();
    }

    public Plan plan(PlanRequest request) {
        ScreeningResult screening = request.screening();
        List<Exclusion> excluded = new ArrayList<>();
        List<Exclusion> leftOut = new ArrayList<>();
        if (!screening.restrictions().selfGuidedExercise()) {
            List<String> rules = screening.rulesBlockingSelfGuidedExercise();
            plannable.forEach(e -> excluded.add(new Exclusion(e.id(), rules, LeftOutReason.NO_SELF_GUIDED_EXERCISE)));
            return new Plan(screening, List.of(), 0, excluded, leftOut);
        }
        List<Exercise> stretches = new ArrayList<>();
        List<Exercise> cracks = new ArrayList<>();
        for (Exercise exercise : plannable) {
            Exclusion safety = safetyExclusion(exercise, request.screening(), request.goal() == Goal.CRACK_SAFELY);
            LeftOutReason other = safety == null ? otherReason(exercise, request) : null;
            if (safety != null) {
                excluded.add(safety);
            } else if (other != null) {
                leftOut.add(new Exclusion(exercise.id(), List.of(), other));
            } else {
                (exercise.category() == Category.CRACK ? cracks : stretches).add(exercise);
            }
        }
        int pain = request.painLevel();
        Exercise crack = chooseCrack(cracks, pain, request.budgetSeconds(), leftOut);
        int budget = request.budgetSeconds() - (crack == null ? 0 : crack.dose().secondsFor(pain));
        List<PlanItem> items = fillRounds(warmUpFirst(stretches), pain, budget, leftOut);
        if (crack != null) {
            items.add(item(crack, pain));
        }
        int total = items.stream().mapToInt(PlanItem::seconds).sum();
        requireSafe(items, request);
        return new Plan(screening, items, total, excluded, leftOut);
    }

    /**
     * A last guard, independent of how the plan was put together: an item the
     * screening rules out must never reach a person, whatever a future change
     * to the planning steps above does.
     */
    private void requireSafe(List<PlanItem> items, PlanRequest request) {
        Restrictions restrictions = request.screening().restrictions();
        for (PlanItem item : items) {
            Exercise exercise = plannable.stream()
                    .filter(e -> e.id().equals(item.exerciseId()))
                    .findFirst()
                    .orElseThrow();
            boolean unsafe = !restrictions.selfGuidedExercise()
                    || restrictions.avoidMovements().contains(exercise.movement())
                    || restrictions.avoidPositions().contains(exercise.position())
                    || (exercise.category() == Category.CRACK && !restrictions.crackingAllowed());
            if (unsafe) {
                throw new IllegalStateException(
                        "Refusing an unsafe plan item " + exercise.id() + " for restrictions " + restrictions);
            }
        }
    }

    /** The first crack technique that fits; the others are left out. */
    private static @Nullable Exercise chooseCrack(
            List<Exercise> cracks, int pain, int budget, List<Exclusion> leftOut) {
        @Nullable Exercise chosen = null;
        for (Exercise crack : cracks) {
            if (chosen == null && crack.dose().secondsFor(pain) <= budget) {
                chosen = crack;
            } else {
                leftOut.add(new Exclusion(
                        crack.id(),
                        List.of(),
                        chosen == null ? LeftOutReason.NO_TIME : LeftOutReason.ONE_CRACK_PER_ROUTINE));
            }
        }
        return chosen;
    }

    /** Why the screening keeps this exercise out, or null; a crack counts only when one is wanted. */
    static @Nullable Exclusion safetyExclusion(Exercise exercise, ScreeningResult screening, boolean crackWanted) {
        Restrictions restrictions = screening.restrictions();
        Set<String> rules = new LinkedHashSet<>();
        @Nullable LeftOutReason reason = null;
        if (restrictions.avoidMovements().contains(exercise.movement())) {
            rules.addAll(screening.rulesAvoiding(exercise.movement()));
            reason = LeftOutReason.MOVEMENT_TO_AVOID;
        }
        if (restrictions.avoidPositions().contains(exercise.position())) {
            rules.addAll(screening.rulesAvoiding(exercise.position()));
            reason = reason == null ? LeftOutReason.POSITION_TO_AVOID : reason;
        }
        if (exercise.category() == Category.CRACK && crackWanted && !restrictions.crackingAllowed()) {
            rules.addAll(screening.rulesBlockingCracking());
            reason = reason == null ? LeftOutReason.CRACKING_NOT_ALLOWED : reason;
        }
        return reason == null ? null : new Exclusion(exercise.id(), ordered(rules, screening), reason);
    }

    /** Rule ids in the order the screening lists its fired rules. */
    private static List<String> ordered(Set<String> rules, ScreeningResult screening) {
        return screening.firedRules().stream()
                .map(Rule::id)
                .filter(rules::contains)
                .toList();
    }

    private static @Nullable LeftOutReason otherReason(Exercise exercise, PlanRequest request) {
        if (exercise.category() == Category.CRACK && request.goal() != Goal.CRACK_SAFELY) {
            return LeftOutReason.NOT_PART_OF_GOAL;
        }
        if (request.goal() == Goal.DESK_BREAK && exercise.position() != Position.CHAIR) {
            return LeftOutReason.NOT_PART_OF_GOAL;
        }
        if (!request.positions().contains(exercise.position())) {
            return LeftOutReason.POSITION_NOT_AVAILABLE;
        }
        return null;
    }

    private static List<Exercise> warmUpFirst(List<Exercise> stretches) {
        List<Exercise> ordered =
                new ArrayList<>(stretches.stream().filter(Exercise::warmUp).toList());
        stretches.stream().filter(e -> !e.warmUp()).forEach(ordered::add);
        return ordered;
    }

    /**
     * Goes round the stretches in order, adding each that still fits, until a
     * whole round adds nothing: then no allowed stretch fits the time left.
     */
    private static List<PlanItem> fillRounds(List<Exercise> stretches, int pain, int budget, List<Exclusion> leftOut) {
        List<PlanItem> items = new ArrayList<>();
        boolean[] used = new boolean[stretches.size()];
        int left = budget;
        boolean added = true;
        while (added) {
            added = false;
            for (int i = 0; i < stretches.size(); i++) {
                int seconds = stretches.get(i).dose().secondsFor(pain);
                if (seconds <= left) {
                    items.add(item(stretches.get(i), pain));
                    left -= seconds;
                    used[i] = true;
                    added = true;
                }
            }
        }
        for (int i = 0; i < stretches.size(); i++) {
            if (!used[i]) {
                leftOut.add(new Exclusion(stretches.get(i).id(), List.of(), LeftOutReason.NO_TIME));
            }
        }
        return items;
    }

    private static PlanItem item(Exercise exercise, int pain) {
        Dose dose = exercise.dose();
        return new PlanItem(
                exercise.id(),
                exercise.category(),
                exercise.position(),
                dose.sides(),
                dose.reps(),
                dose.setsFor(pain),
                dose.holdSeconds(),
                dose.restSeconds(),
                dose.secondsFor(pain));
    }
}
