package org.spinewise.screening;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person's answers, already checked for type and range.
 *
 * @param conditions  ids of the diagnosed conditions listed
 * @param onsetHours  hours since this episode began, or null when not given
 * @param yesAnswers  ids of the questions answered yes; every other question was answered no
 */
public record ScreeningInput(
        int age,
        int painLevel,
        Set<String> conditions,
        @Nullable Double onsetHours,
        Set<String> yesAnswers) {

    public static final int MIN_AGE = 1;
    public static final int MAX_AGE = 120;
    public static final int MIN_PAIN = 0;
    public static final int MAX_PAIN = 10;

    public ScreeningInput {
        conditions = Set.copyOf(conditions);
        yesAnswers = Set.copyOf(yesAnswers);
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("age must be " + MIN_AGE + "-" + MAX_AGE + ", was " + age);
        }
        if (painLevel < MIN_PAIN || painLevel > MAX_PAIN) {
            throw new IllegalArgumentException("painLevel must be " + MIN_PAIN + "-" + MAX_PAIN + ", was " + painLevel);
        }
        if (onsetHours != null && !(onsetHours >= 0 && Double.isFinite(onsetHours))) {
            throw new IllegalArgumentException("onsetHours must be a finite number >= 0, was " + onsetHours);
        }
    }
}
