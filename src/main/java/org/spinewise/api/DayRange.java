package org.spinewise.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional, inclusive {@code from} and {@code to} days of a list request,
 * as the instants they span in a person's time zone: a record belongs to the
 * range when its time falls on or after the start of {@code from} and before
 * the start of the day after {@code to}.
 *
 * @param start inclusive, or null for no lower bound
 * @param end   exclusive, or null for no upper bound
 */
public record DayRange(@Nullable Instant start, @Nullable Instant end) {

    public static final String FROM = "from";
    public static final String TO = "to";

    private static final LocalDate FIRST = TimeLimits.EARLIEST_DAY;
    private static final LocalDate LAST = TimeLimits.LATEST_DAY;

    /** Every time. */
    public static DayRange all() {
        return new DayRange(null, null);
    }

    /**
     * @param from an ISO date, or null (or blank) for no lower bound
     * @param to   an ISO date, or null (or blank) for no upper bound
     * @throws InvalidRequestException naming {@code from} and {@code to} when they are not days, or
     *                                 {@code to} when it is before {@code from}
     */
    public static DayRange parse(@Nullable String from, @Nullable String to, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = day(FROM, from, errors);
        LocalDate last = day(TO, to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError(TO, "must not be before from (" + first + "), was " + last));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new DayRange(
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether {@code at} falls in the range. */
    public boolean contains(Instant at) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }

    private static @Nullable LocalDate day(String name, @Nullable String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(FIRST) || day.isAfter(LAST)) {
                errors.add(new FieldError(
                        name, "must be a day from " + FIRST + " to " + LAST + ", was " + JsonFields.shorten(text)));
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "must be a day such as 2026-11-25, was " + JsonFields.shorten(text)));
            return null;
        }
    }
}
