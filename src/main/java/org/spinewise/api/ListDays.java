package org.spinewise.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;

/**
 * The optional, inclusive {@code from} and {@code to} days of a list request (account-api.md, "Conventions"),
 * read the one way every list reads them: a bound left out is no bound; one that is given, even empty, must be
 * an ISO day ({@code 2026-11-25}) within {@link TimeLimits}, since a client that sends a bound meant one, and a
 * mistake answers 400 rather than a list wider than asked for; {@code to} is not before {@code from}.
 *
 * @param from null for no lower bound
 * @param to   null for no upper bound
 */
public record ListDays(@Nullable LocalDate from, @Nullable LocalDate to) {

    public static final String FROM = "from";
    public static final String TO = "to";

    /** Four-digit years only: {@link LocalDate#parse} would also take {@code +12026-11-25}. */
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final LocalDate FIRST = TimeLimits.EARLIEST_DAY;
    private static final LocalDate LAST = TimeLimits.LATEST_DAY;

    /**
     * @param from the query parameter as sent, or null when it was not
     * @param to   the query parameter as sent, or null when it was not
     * @throws InvalidRequestException naming {@code from} and {@code to} when they are not days in range, or
     *                                 {@code to} when it is before {@code from}
     */
    public static ListDays parse(@Nullable String from, @Nullable String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = from == null ? null : day(FROM, from, errors);
        LocalDate last = to == null ? null : day(TO, to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError(TO, Messages.t("api.days.order", first, last)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ListDays(first, last);
    }

    /** The instants these days span in {@code zone}, for records kept by time rather than by day. */
    public DayRange in(ZoneId zone) {
        return new DayRange(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static @Nullable LocalDate day(String name, String text, List<FieldError> errors) {
        LocalDate day = SHAPE.matcher(text).matches() ? isoDay(text) : null;
        if (day == null) {
            errors.add(new FieldError(name, Messages.t("api.days.shape", JsonFields.shorten(text))));
        } else if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            errors.add(new FieldError(name, Messages.t("api.days.range", FIRST, LAST, day)));
            return null;
        }
        return day;
    }

    private static @Nullable LocalDate isoDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }
}
