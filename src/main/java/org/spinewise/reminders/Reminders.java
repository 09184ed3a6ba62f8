package org.spinewise.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** A person's movement-break schedule and its next breaks (reminders-api.md, "Settings"). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reminders {

    /** How many breaks {@code next} lists. */
    public static final int NEXT = 5;

    private final ScheduleRepository schedules;
    private final Clock clock;

    /** A schedule with its next breaks from now. */
    public record Planned(Schedule schedule, List<Instant> next) {}

    /** The person's schedule, or the defaults before they stored one. */
    public Schedule schedule(UUID accountId) {
        return schedules.find(accountId).orElse(Schedule.DEFAULT);
    }

    public Planned planned(UUID accountId, ZoneId zone) {
        Schedule schedule = schedule(accountId);
        return new Planned(schedule, schedule.next(clock.instant(), zone, NEXT));
    }

    public Planned save(UUID accountId, ZoneId zone, Schedule schedule) {
        Instant now = clock.instant();
        schedules.save(accountId, schedule, now);
        return new Planned(schedule, schedule.next(now, zone, NEXT));
    }
}
