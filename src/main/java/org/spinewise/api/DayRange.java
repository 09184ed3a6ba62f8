package org.spinewise.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The optional, inclusive {@code from} and {@code to} days of a list request, as the instants they span in a
 * person's time zone: a record belongs to the range when its time falls on or after the start of {@code from}
 * and before the start of the day after {@code to}. {@link ListDays} reads the days.
 *
 * @param start inclusive, or null for no lower bound
 * @param end   exclusive, or null for no upper bound
 */
public record DayRange(@Nullable Instant start, @Nullable Instant end) {

    /** Every time. */
    public static DayRange all() {
        return new DayRange(null, null);
    }

    /** Whether {@code at} falls in the range. */
    public boolean contains(Instant at) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }
}
