package org.spinewise.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's movement-break schedule: on each of {@code days}, a break every {@code intervalMinutes} after
 * {@code from}, while not after {@code to}, as wall-clock times in the person's zone.
 */
public record Schedule(boolean enabled, Set<DayOfWeek> days, LocalTime from, LocalTime to, int intervalMinutes) {

    public static final int MIN_INTERVAL = 30;
    public static final int MAX_INTERVAL = 180;
    public static final Schedule DEFAULT = new Schedule(
            false, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), 60);

    /** Five weeks and a day: enough for five breaks of a schedule with one break a week. */
    private static final int MAX_DAYS_AHEAD = 37;

    public Schedule {
        days = Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        if (days.isEmpty() || !to.isAfter(from) || intervalMinutes < MIN_INTERVAL || intervalMinutes > MAX_INTERVAL) {
            throw new IllegalArgumentException(
                    "not a schedule: " + days + " " + from + "-" + to + "/" + intervalMinutes);
        }
        from = from.withSecond(0).withNano(0);
        to = to.withSecond(0).withNano(0);
    }

    /** The same schedule, switched on. */
    public Schedule withEnabled() {
        return new Schedule(true, days, from, to, intervalMinutes);
    }

    public Duration interval() {
        return Duration.ofMinutes(intervalMinutes);
    }

    /** The wall times of an active day's breaks: from + k * interval, k = 1, 2, ..., while not after to. */
    public List<LocalTime> wallTimes() {
        List<LocalTime> times = new ArrayList<>();
        int fromMinute = from.toSecondOfDay() / 60;
        int toMinute = to.toSecondOfDay() / 60;
        for (int minute = fromMinute + intervalMinutes; minute <= toMinute; minute += intervalMinutes) {
            times.add(LocalTime.ofSecondOfDay(minute * 60L));
        }
        return times;
    }

    /**
     * The day's breaks as {@link ZonedDateTime#of} resolves their wall times (a gap moves them later by its
     * length, an overlap takes the earlier offset); two wall times on one instant count once.
     */
    public List<ZonedDateTime> breaksOn(LocalDate day, ZoneId zone) {
        if (!days.contains(day.getDayOfWeek())) {
            return List.of();
        }
        List<ZonedDateTime> breaks = new ArrayList<>();
        Set<Instant> seen = new TreeSet<>();
        for (LocalTime time : wallTimes()) {
            ZonedDateTime at = ZonedDateTime.of(day, time, zone);
            if (seen.add(at.toInstant())) {
                breaks.add(at);
            }
        }
        return breaks;
    }

    /** Up to {@code count} break instants strictly after {@code now}, in order; none when not enabled. */
    public List<Instant> next(Instant now, ZoneId zone, int count) {
        if (!enabled) {
            return List.of();
        }
        TreeSet<Instant> found = new TreeSet<>();
        // A day's breaks may resolve to instants of the next local day (a gap), so start one day early.
        LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1);
        for (int i = 0; i <= MAX_DAYS_AHEAD && found.size() < count; i++, day = day.plusDays(1)) {
            breaksOn(day, zone).stream()
                    .map(ZonedDateTime::toInstant)
                    .filter(now::isBefore)
                    .forEach(found::add);
        }
        return found.stream().limit(count).toList();
    }

    /** The latest break at or before {@code now} (enabled or not), or null when none in the last week. */
    public @org.jspecify.annotations.Nullable Instant latestAtOrBefore(Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(now, zone).plusDays(1);
        for (int i = 0; i < 9; i++, day = day.minusDays(1)) {
            List<ZonedDateTime> breaks = breaksOn(day, zone);
            for (int k = breaks.size() - 1; k >= 0; k--) {
                Instant at = breaks.get(k).toInstant();
                if (!at.isAfter(now)) {
                    return at;
                }
            }
        }
        return null;
    }
}
