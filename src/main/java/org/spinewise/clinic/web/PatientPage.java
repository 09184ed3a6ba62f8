package org.spinewise.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.PatientSummary;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.library.Exercise;
import org.spinewise.progress.web.ProgressPage;
import org.spinewise.session.RoutineRun;
import org.spinewise.system.Messages;

/**
 * A linked patient as the clinic's patient page shows them, with the form to assign a routine.
 *
 * @param chart     pain and stiffness over the last 28 days, or null without check-ins
 * @param assignable the library's stretches and crack techniques, the form's choices
 * @param form      what the form shows: the values typed, the messages by field, the safety core's refusals
 */
public record PatientPage(
        PatientSummary summary,
        LocalDate from,
        LocalDate to,
        ProgressPage.@Nullable LineChart chart,
        List<CheckIn> checkIns,
        List<Crack> cracks,
        List<RoutineRun> runs,
        List<ScreeningRow> screenings,
        List<Assignment> assignments,
        List<Exercise> assignable,
        AssignFormView form,
        boolean assigned,
        ZoneId zone) {

    /** A kept screening as the page lists it. */
    public record ScreeningRow(Instant at, String disposition, List<FiredRule> firedRules) {}

    public record FiredRule(String id, String message) {}

    /** An item or the whole routine the safety core refused, with the rules that refuse it. */
    public record Refusal(String what, String message, List<String> rules) {}

    /**
     * The assign form as shown.
     *
     * @param chosen the exercise ids ticked
     * @param values typed text by field name ({@code title}, {@code note}, {@code reps[id]} ...)
     */
    public record AssignFormView(
            List<String> chosen, Map<String, String> values, Map<String, String> errors, List<Refusal> refusals) {

        static AssignFormView empty() {
            return new AssignFormView(List.of(), Map.of(), Map.of(), List.of());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public @Nullable String error(String field) {
            return errors.get(field);
        }

        public boolean chosen(String exerciseId) {
            return chosen.contains(exerciseId);
        }
    }

    /** The days the page's records cover. */
    public int days() {
        return PatientPages.DAYS;
    }

    public String when(Instant at) {
        return ClinicWords.when(at, zone);
    }

    /** An exercise's name, or its id when the library no longer has it. */
    public String name(String exerciseId) {
        return assignable.stream()
                .filter(exercise -> exercise.id().equals(exerciseId))
                .map(Exercise::name)
                .findFirst()
                .orElse(exerciseId);
    }

    public String names(List<String> exerciseIds) {
        return exerciseIds.isEmpty()
                ? Messages.t("clinic.none")
                : String.join(", ", exerciseIds.stream().map(this::name).toList());
    }
}
