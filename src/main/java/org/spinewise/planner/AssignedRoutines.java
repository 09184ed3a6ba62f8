package org.spinewise.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Dose;
import org.spinewise.library.Exercise;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;
import org.spinewise.screening.ScreeningResult;

/**
 * The safety core's word on routines a clinician assigns (clinic-api.md, "Assigned routines"). The same
 * restrictions as the planner's keep an item out, a crack included whenever cracking is not allowed; an
 * EMERGENCY or URGENT screening refuses the whole routine. It is asked twice: when the clinician assigns
 * (a refusal stores nothing) and when the person plays, against their screening at that moment.
 */
public final class AssignedRoutines {

    /** STRETCH and CRACK items of the library, by id. */
    private final Map<String, Exercise> assignable;

    public AssignedRoutines(List<Exercise> library) {
        this.assignable = library.stream()
                .filter(Exercise::isPlannable)
                .collect(Collectors.toUnmodifiableMap(Exercise::id, Function.identity()));
    }

    /**
     * Why the screening refuses part of an assignment.
     *
     * @param index the item's place in the request, or null when the whole routine is refused
     * @param rules the fired rules behind the refusal, in the screening's order
     */
    public record Refusal(@Nullable Integer index, @Nullable String exerciseId, List<String> rules) {

        public Refusal {
            rules = List.copyOf(rules);
        }
    }

    public boolean isAssignable(String exerciseId) {
        return assignable.containsKey(exerciseId);
    }

    /** The library's dose for an item, for the parts a clinician leaves out. */
    public Dose dose(String exerciseId) {
        return exercise(exerciseId).dose();
    }

    /** Every refusal of these (assignable) items by the screening; empty when they may be assigned. */
    public List<Refusal> refusals(List<String> exerciseIds, ScreeningResult screening) {
        if (refusesEverything(screening)) {
            return List.of(new Refusal(null, null, rulesSetting(screening)));
        }
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < exerciseIds.size(); i++) {
            Exclusion exclusion = exclusion(exercise(exerciseIds.get(i)), screening);
            if (exclusion != null) {
                refusals.add(new Refusal(i, exclusion.exerciseId(), exclusion.rules()));
            }
        }
        return refusals;
    }

    /**
     * The assignment as the person may do it now: the items the screening allows, in order, and those it
     * leaves out with the rules behind them. An item the library no longer has is left out too.
     */
    public Plan playable(List<AssignedItem> items, ScreeningResult screening) {
        List<PlanItem> allowed = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Exclusion> gone = new ArrayList<>();
        boolean everything = refusesEverything(screening);
        for (AssignedItem item : items) {
            Exercise exercise = assignable.get(item.exerciseId());
            Exclusion exclusion = exercise == null ? null : exclusion(exercise, screening);
            if (exercise == null) {
                gone.add(new Exclusion(item.exerciseId(), List.of(), LeftOutReason.NO_LONGER_IN_LIBRARY));
            } else if (everything) {
                excluded.add(
                        new Exclusion(exercise.id(), rulesSetting(screening), LeftOutReason.NO_SELF_GUIDED_EXERCISE));
            } else if (exclusion != null) {
                excluded.add(exclusion);
            } else {
                allowed.add(planItem(exercise, item));
            }
        }
        int total = allowed.stream().mapToInt(PlanItem::seconds).sum();
        return new Plan(screening, allowed, total, excluded, gone);
    }

    private static boolean refusesEverything(ScreeningResult screening) {
        return screening.disposition() == Disposition.EMERGENCY || screening.disposition() == Disposition.URGENT;
    }

    /** The fired rules whose disposition is the screening's: those that set it. */
    private static List<String> rulesSetting(ScreeningResult screening) {
        return screening.firedRules().stream()
                .filter(rule -> rule.disposition() == screening.disposition())
                .map(Rule::id)
                .toList();
    }

    private static @Nullable Exclusion exclusion(Exercise exercise, ScreeningResult screening) {
        if (!screening.restrictions().selfGuidedExercise()) {
            return new Exclusion(
                    exercise.id(), screening.rulesBlockingSelfGuidedExercise(), LeftOutReason.NO_SELF_GUIDED_EXERCISE);
        }
        return Planner.safetyExclusion(exercise, screening, true);
    }

    private Exercise exercise(String exerciseId) {
        Exercise exercise = assignable.get(exerciseId);
        if (exercise == null) {
            throw new IllegalArgumentException("not a STRETCH or CRACK library id: " + exerciseId);
        }
        return exercise;
    }

    private static PlanItem planItem(Exercise exercise, AssignedItem item) {
        Dose dose = exercise.dose();
        int seconds = dose.sides() * item.reps() * item.sets() * (item.holdSeconds() + dose.restSeconds());
        return new PlanItem(
                exercise.id(),
                exercise.category(),
                exercise.position(),
                dose.sides(),
                item.reps(),
                item.sets(),
                item.holdSeconds(),
                dose.restSeconds(),
                seconds);
    }
}
