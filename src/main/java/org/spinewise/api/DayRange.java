package org.spinewise.api;

import java.time.Instant;
import java.time.ZoneId;

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

    public static final String FROM = ListDays.FROM;
    public static final String TO = ListDays.TO;

    /** Every time. */
    public static DayRange all() {
        return new DayRange(null, null);
    }

    /**
     * @param from the query parameter as sent, or null when it was not
     * @param to   the query parameter as sent, or null when it was not
     * @throws InvalidRequestException as {@link ListDays#parse} does
     */
    public static DayRange parse(@Nullable String from, @Nullable String to, ZoneId zone) {
        return ListDays.parse(from, to).in(zone);
    }

    /** Whether {@code at} falls in the range. */
    public boolean contains(Instant at) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }
}
