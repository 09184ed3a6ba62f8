package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.planner.Exclusion;
import org.spinewise.planner.LeftOutReason;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanItem;
import org.spinewise.system.Messages;

/**
 * What the routine page shows: the steps with their doses in words, what was
 * left out and why, and the data the guided player runs on.
 *
 * @param playerJson the routine for the player script, with each exercise's instructions
 */
public record PlanView(Plan plan, List<Step> steps, List<Omission> omissions, String playerJson) {

    /** One routine item with its exercise and its dose in words. */
    public record Step(PlanItem item, Exercise exercise, String dose) {}

    /** A library item that is not in the routine, and why, in words. */
    public record Omission(Exercise exercise, String reason, List<String> rules) {}

    static PlanView of(Plan plan, Library library, String playerJson) {
        List<Step> steps = plan.items().stream()
                .map(item -> new Step(item, library.exercise(item.exerciseId()).orElseThrow(), dose(item)))
                .toList();
        List<Omission> omissions = new ArrayList<>();
        plan.excluded().forEach(e -> omission(e, library).ifPresent(omissions::add));
        plan.leftOut().forEach(e -> omission(e, library).ifPresent(omissions::add));
        return new PlanView(plan, steps, omissions, playerJson);
    }

    public String totalTime() {
        int minutes = plan.totalSeconds() / 60;
        int seconds = plan.totalSeconds() % 60;
        return seconds == 0 ? Messages.t("plan.total", minutes) : Messages.t("plan.total.seconds", minutes, seconds);
    }

    static String dose(PlanItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.t(item.sides() == 2 ? "plan.dose.eachSide" : "plan.dose.once"));
        if (item.reps() > 1) {
            parts.add(Messages.t("plan.dose.times", item.reps()));
        }
        parts.add(item.sets() == 1 ? Messages.t("plan.dose.set") : Messages.t("plan.dose.sets", item.sets()));
        parts.add(Messages.t("plan.dose.hold", item.holdSeconds()));
        parts.add(Messages.t("plan.dose.rest", item.restSeconds()));
        return String.join(" · ", parts);
    }

    /** In words; empty for an assigned item the library no longer has, which has nothing left to show. */
    private static Optional<Omission> omission(Exclusion exclusion, Library library) {
        return library.exercise(exclusion.exerciseId())
                .map(exercise -> new Omission(exercise, reason(exclusion.reason(), exercise), exclusion.rules()));
    }

    private static String reason(LeftOutReason reason, Exercise exercise) {
        String key = "plan.omit." + reason.name();
        return switch (reason) {
            case MOVEMENT_TO_AVOID ->
                Messages.t(
                        key,
                        Messages.t("exercise.movement." + exercise.movement().name()));
            case POSITION_TO_AVOID, POSITION_NOT_AVAILABLE ->
                Messages.t(
                        key,
                        Messages.t("plan.omit.position." + exercise.position().name()));
            default -> Messages.t(key);
        };
    }
}
