package org.spinewise.library.data;

import java.util.List;

import org.spinewise.datafile.Violations;
import org.spinewise.library.Category;
import org.spinewise.library.Dose;
import org.spinewise.library.Exercise;
import org.spinewise.library.Position;
import org.spinewise.library.TherapyLimits;

/** Checks one exercise of {@code exercises.yaml}: its texts, dose and, for a therapy, its limits. */
final class ExerciseChecks {

    private static final int MAX_SIDES = 2;
    private static final int MAX_COUNT = 20;
    private static final int MAX_SECONDS = 120;
    /** A rest longer than a day would mean cold once a day at most: surely a typo for minutes. */
    private static final int MAX_REST_MINUTES = 24 * 60;

    private ExerciseChecks() {}

    static void validate(Exercise exercise, String path, Violations check) {
        check.text(exercise.id(), path + ".id");
        check.text(exercise.name(), path + ".name");
        check.required(exercise.category(), path + ".category");
        check.required(exercise.position(), path + ".position");
        check.required(exercise.movement(), path + ".movement");
        check.text(exercise.summary(), path + ".summary");
        check.text(exercise.startingPosition(), path + ".startingPosition");
        check.texts(exercise.steps(), 1, path + ".steps");
        check.text(exercise.breathing(), path + ".breathing");
        check.texts(exercise.cautions(), 1, path + ".cautions");
        boolean therapy = exercise.category() == Category.THERAPY;
        check.check(
                therapy == (exercise.dose() == null),
                path + ".dose",
                therapy ? "must be null for a therapy" : "is required for a stretch or crack technique");
        check.check(
                therapy == (exercise.therapy() != null),
                path + ".therapy",
                therapy ? "is required for a therapy" : "must be null unless the item is a therapy");
        check.check(
                therapy == (exercise.position() == Position.ANY),
                path + ".position",
                therapy ? "a therapy fits every position: use ANY" : "ANY is only for therapies");
        if (exercise.dose() != null) {
            validateDose(exercise.dose(), path + ".dose", check);
        }
        if (exercise.therapy() != null) {
            validateTherapy(exercise.therapy(), path + ".therapy", check);
        }
    }

    private static void validateTherapy(TherapyLimits therapy, String path, Violations check) {
        int max = therapy.maxMinutes();
        check.range(max, 1, 20, path + ".maxMinutes");
        check.range(therapy.defaultMinutes(), 1, max, path + ".defaultMinutes");
        if (therapy.restBetweenMinutes() != null) {
            check.range(therapy.restBetweenMinutes(), 1, MAX_REST_MINUTES, path + ".restBetweenMinutes");
        }
        if (therapy.pregnancyCaution() != null) {
            check.text(therapy.pregnancyCaution(), path + ".pregnancyCaution");
        }
    }

    private static void validateDose(Dose dose, String path, Violations check) {
        check.range(dose.sides(), 1, MAX_SIDES, path + ".sides");
        check.range(dose.reps(), 1, MAX_COUNT, path + ".reps");
        check.range(dose.sets(), 1, MAX_COUNT, path + ".sets");
        check.range(dose.holdSeconds(), 1, MAX_SECONDS, path + ".holdSeconds");
        check.range(dose.restSeconds(), 0, MAX_SECONDS, path + ".restSeconds");
        check.text(dose.origin(), path + ".origin");
        if (dose.setRange() != null) {
            check.check(
                    1 <= dose.setRange().min()
                            && dose.setRange().min() <= dose.setRange().max(),
                    path + ".setRange",
                    "needs 1 <= min <= max");
        }
        List<Integer> byPain = dose.setsByPain();
        if (byPain != null) {
            check.check(
                    byPain.size() == Dose.PAIN_LEVELS,
                    path + ".setsByPain",
                    "needs one value for each pain level 0 to 10, had " + byPain.size());
            for (int pain = 0; pain < byPain.size(); pain++) {
                int sets = byPain.get(pain) == null ? 0 : byPain.get(pain);
                int min = dose.setRange() == null ? 1 : dose.setRange().min();
                int max = dose.setRange() == null ? MAX_COUNT : dose.setRange().max();
                check.range(sets, min, max, path + ".setsByPain[" + pain + "]");
                check.check(
                        pain == 0 || byPain.get(pain - 1) == null || sets <= byPain.get(pain - 1),
                        path + ".setsByPain[" + pain + "]",
                        "must not rise with pain");
            }
        }
    }
}
