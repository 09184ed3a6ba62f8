package org.spinewise.export.web;

import java.util.List;
import java.util.Locale;

import org.spinewise.export.PersonalData;
import org.spinewise.reminders.Schedule;

/**
 * The movement-break reminders in the export: the schedule as {@code GET /api/v1/me/reminders} writes it,
 * whether a calendar feed is on, and the push endpoints (not their keys).
 */
record BreaksView(
        boolean enabled,
        List<String> days,
        String from,
        String to,
        int intervalMinutes,
        boolean calendarFeed,
        List<String> pushEndpoints) {

    static BreaksView of(PersonalData.Breaks breaks) {
        Schedule schedule = breaks.schedule();
        return new BreaksView(
                schedule.enabled(),
                schedule.days().stream()
                        .sorted()
                        .map(day -> day.name().substring(0, 3).toUpperCase(Locale.ROOT))
                        .toList(),
                schedule.from().toString(),
                schedule.to().toString(),
                schedule.intervalMinutes(),
                breaks.calendarFeed(),
                breaks.subscriptions().stream().map(s -> s.endpoint()).toList());
    }
}
