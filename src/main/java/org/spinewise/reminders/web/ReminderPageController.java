package org.spinewise.reminders.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.reminders.Reminders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The settings page ({@code /me/reminders}): the schedule's form, the calendar address and this device's
 * notifications. Its script writes through the same API as every client (reminders.js), since subscribing
 * to push happens in the browser anyway.
 */
@Controller
class ReminderPageController {

    private static final DateTimeFormatter BREAK = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final Reminders reminders;

    ReminderPageController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/me/reminders")
    String show(@SignedIn SignedInPerson person, Model model) {
        Reminders.Planned planned = reminders.planned(person.accountId(), person.timeZone());
        List<ScheduleDay> days = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new ScheduleDay(
                        day.name().substring(0, 3),
                        day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK),
                        planned.schedule().days().contains(day)))
                .toList();
        ZoneId zone = person.timeZone();
        model.addAttribute("schedule", planned.schedule());
        model.addAttribute("days", days);
        model.addAttribute("zone", zone.getId());
        model.addAttribute(
                "next",
                planned.next().stream().map(at -> BREAK.format(at.atZone(zone))).toList());
        return "reminders/settings";
    }
}
