package org.spinewise.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person's one check-in for a calendar day (their day, in their time zone).
 *
 * @param pain         0 to 10
 * @param stiffness    0 to 10
 * @param sittingHours 0 to 24, in hundredths of an hour
 * @param note         up to {@link #MAX_NOTE} characters, or null
 */
public record CheckIn(
        LocalDate day,
        int pain,
        int stiffness,
        BigDecimal sittingHours,
        @Nullable String note) {

    public static final int MAX_SCORE = 10;
    public static final BigDecimal MAX_SITTING_HOURS = BigDecimal.valueOf(24);
    /** Characters (Unicode code points), as the contract counts them. */
    public static final int MAX_NOTE = 2000;
    /** Sitting hours are kept to hundredths of an hour (36 seconds). */
    public static final int SITTING_HOURS_SCALE = 2;

    public CheckIn {
        if (day == null || sittingHours == null) {
            throw new IllegalArgumentException("a check-in needs a day and sitting hours");
        }
        if (pain < 0 || pain > MAX_SCORE || stiffness < 0 || stiffness > MAX_SCORE) {
            throw new IllegalArgumentException("pain and stiffness are 0 to " + MAX_SCORE);
        }
        if (sittingHours.signum() < 0 || sittingHours.compareTo(MAX_SITTING_HOURS) > 0) {
            throw new IllegalArgumentException("sitting hours are 0 to 24, was " + sittingHours);
        }
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
        }
        sittingHours = sittingHours.setScale(SITTING_HOURS_SCALE, java.math.RoundingMode.HALF_UP);
    }
}
