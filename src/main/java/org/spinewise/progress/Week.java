package org.spinewise.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The last {@value #DAYS} calendar days of a person, today included, in their time zone: the days for
 * day-keyed records (check-ins) and the instants for timed ones (routine runs). A day is whatever its
 * midnights make it, so a week across a daylight-saving change is an hour longer or shorter than 168 hours.
 *
 * @param from  the first day, inclusive
 * @param to    today, inclusive
 * @param start the first day's midnight in the zone, inclusive
 * @param until the midnight after today in the zone, exclusive
 */
public record Week(LocalDate from, LocalDate to, Instant start, Instant until) {

    public static final int DAYS = 7;

    /** The week ending on the person's today, as {@code now} is in {@code zone}. */
    public static Week endingAt(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = today.minusDays(DAYS - 1L);
        return new Week(
                from,
                today,
                from.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether a moment falls within the week. */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(until);
    }
}
