package org.spinewise.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Optional bounds on one column of an {@link AccountRows} list: {@code from} inclusive, {@code to}
 * inclusive or exclusive as {@code toInclusive} says, null for no bound.
 */
public record Bounds(
        @Nullable String column,
        @Nullable Object from,
        @Nullable Object to,
        boolean toInclusive) {

    /** Every row. */
    public static Bounds none() {
        return new Bounds(null, null, null, false);
    }

    /** Days from {@code from} to {@code to}, both inclusive (a check-in's day), null for no bound. */
    public static Bounds days(String column, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new Bounds(column, from, to, true);
    }

    /** Times in [{@code from}, {@code until}), null for no bound. */
    public static Bounds halfOpen(String column, @Nullable Instant from, @Nullable Instant until) {
        return new Bounds(column, SqlTime.utcOrNull(from), SqlTime.utcOrNull(until), false);
    }
}
