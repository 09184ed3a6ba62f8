package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Position;
import org.spinewise.planner.Exclusion;
import org.spinewise.planner.LeftOutReason;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanItem;

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

    private static final Map<Position, String> POSITION_WORDS = Map.of(
            Position.CHAIR, "on a chair", Position.FLOOR, "sitting on the floor", Position.LYING, "lying on your back");

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
        return minutes + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }

    static String dose(PlanItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.sides() == 2 ? "each side" : "once");
        if (item.reps() > 1) {
            parts.add(item.reps() + " times");
        }
        parts.add(item.sets() + (item.sets() == 1 ? " set" : " sets"));
        parts.add("hold " + item.holdSeconds() + " s");
        parts.add("rest " + item.restSeconds() + " s");
        return String.join(" · ", parts);
    }

    /** In words; empty for an assigned item the library no longer has, which has nothing left to show. */
    private static Optional<Omission> omission(Exclusion exclusion, Library library) {
        return library.exercise(exclusion.exerciseId())
                .map(exercise -> new Omission(exercise, reason(exclusion.reason(), exercise), exclusion.rules()));
    }

    private static String reason(LeftOutReason reason, Exercise exercise) {
        return switch (reason) {
            case NO_SELF_GUIDED_EXERCISE -> "No self-guided exercise until a doctor has checked you.";
            case MOVEMENT_TO_AVOID ->
                "Its movement (" + exercise.movement().name().toLowerCase() + ") is one you should avoid.";
            case POSITION_TO_AVOID ->
                "It is done " + POSITION_WORDS.get(exercise.position()) + ", which you should avoid.";
            case CRACKING_NOT_ALLOWED -> "Self-cracking is not offered today: your safety check rules it out.";
            case POSITION_NOT_AVAILABLE ->
                "It is done " + POSITION_WORDS.get(exercise.position()) + ", which you did not choose.";
            case NOT_PART_OF_GOAL -> "It is not part of the goal you chose.";
            case ONE_CRACK_PER_ROUTINE -> "A routine ends with a single crack technique, and another one was chosen.";
            case NO_TIME -> "It does not fit in the time you have.";
            case NO_LONGER_IN_LIBRARY -> "Spinewise no longer offers it.";
        };
    }
}
