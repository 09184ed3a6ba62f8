package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.planner.Exclusion;
import org.spinewise.planner.LeftOutReason;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanItem;
import org.spinewise.system.Messages;

/**
 * What the routine page shows: the steps in rounds with their doses in plain words, what was left out and
 * why, and the data the guided player runs on.
 *
 * @param steps      the plan's items in the order they are shown and played ({@link RoutineRounds})
 * @param playerJson the routine for the player script, with each exercise's instructions
 */
public record PlanView(Plan plan, List<Step> steps, List<Omission> omissions, String playerJson) {

    /** One routine item with its exercise, its dose in words and its place: round {@code round} of {@code rounds}. */
    public record Step(PlanItem item, Exercise exercise, String dose, int number, int round, int rounds) {

        /** "Round 2 of 3". */
        public String roundTitle() {
            return Messages.t("rounds.title", round, rounds);
        }

        /** The drawing's start and end poses in words. */
        public String drawing() {
            return drawingText(exercise);
        }
    }

    /** The steps of one round, numbered on from the round before. */
    public record Round(String title, int start, List<Step> steps) {}

    /** A library item that is not in the routine, and why, in words. */
    public record Omission(Exercise exercise, String reason, List<String> rules) {}

    /** @param player the player's data for the steps in their order */
    static PlanView of(Plan plan, Library library, Function<List<Step>, String> player) {
        List<Step> steps = new ArrayList<>();
        for (RoutineRounds.Placed placed : RoutineRounds.arrange(plan.items(), warmUps(library))) {
            PlanItem item = placed.item();
            Exercise exercise = library.exercise(item.exerciseId()).orElseThrow();
            steps.add(new Step(item, exercise, dose(item), steps.size() + 1, placed.round(), placed.rounds()));
        }
        List<Omission> omissions = new ArrayList<>();
        plan.excluded().forEach(e -> omission(e, library).ifPresent(omissions::add));
        plan.leftOut().forEach(e -> omission(e, library).ifPresent(omissions::add));
        return new PlanView(plan, List.copyOf(steps), omissions, player.apply(steps));
    }

    static Predicate<String> warmUps(Library library) {
        return id -> library.exercise(id).map(Exercise::warmUp).orElse(false);
    }

    /** The steps by round; one round when no exercise comes twice. */
    public List<Round> rounds() {
        Map<Integer, List<Step>> byRound = new LinkedHashMap<>();
        steps.forEach(step -> byRound.computeIfAbsent(step.round(), round -> new ArrayList<>())
                .add(step));
        return byRound.values().stream()
                .map(list -> new Round(list.get(0).roundTitle(), list.get(0).number(), List.copyOf(list)))
                .toList();
    }

    /** Each exercise of the routine once, in the order it first comes. */
    public List<Exercise> exercises() {
        Map<String, Exercise> distinct = new LinkedHashMap<>();
        steps.forEach(step -> distinct.putIfAbsent(step.exercise().id(), step.exercise()));
        return List.copyOf(distinct.values());
    }

    public String totalTime() {
        int minutes = plan.totalSeconds() / 60;
        int seconds = plan.totalSeconds() % 60;
        return seconds == 0 ? Messages.t("plan.total", minutes) : Messages.t("plan.total.seconds", minutes, seconds);
    }

    /**
     * The dose as a person says it: how many times (each side), how long to hold and rest. Sets and repetitions
     * are one count for the person ("9 times", not "once · 9 sets"), as the player counts them.
     */
    static String dose(PlanItem item) {
        int times = item.reps() * item.sets();
        String key = (item.sides() == 2 ? "rounds.dose.eachSide" : "rounds.dose") + (times == 1 ? ".once" : "");
        String dose = Messages.t(key, times, item.holdSeconds());
        return item.restSeconds() > 0 ? Messages.t("rounds.dose.rest", dose, item.restSeconds()) : dose;
    }

    /** The drawing of an exercise in words: its start and end poses (a therapy's one pose). */
    static String drawingText(Exercise exercise) {
        return Messages.t("drawing." + exercise.id());
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
