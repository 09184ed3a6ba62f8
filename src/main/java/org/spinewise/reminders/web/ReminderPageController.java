package org.spinewise.reminders.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.reminders.Reminders;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The settings page ({@code /me/reminders}): the schedule's form, the calendar address and this device's
 * notifications. Its script writes through the same API as every client (reminders.js), since subscribing
 * to push happens in the browser anyway.
 */
@Controller
@RequiredArgsConstructor
class ReminderPageController {

    private final Reminders reminders;

    @GetMapping("/me/reminders")
    String show(@SignedIn SignedInPerson person, Model model) {
        Reminders.Planned planned = reminders.planned(person.accountId(), person.timeZone());
        List<ScheduleDay> days = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new ScheduleDay(
                        day.name().substring(0, 3),
                        capitalised(day.getDisplayName(java.time.format.TextStyle.FULL, Messages.locale())),
                        planned.schedule().days().contains(day)))
                .toList();
        ZoneId zone = person.timeZone();
        model.addAttribute("schedule", planned.schedule());
        model.addAttribute("days", days);
        model.addAttribute("zone", zone.getId());
        DateTimeFormatter breaks =
                DateTimeFormatter.ofPattern(Messages.t("reminders.settings.dateFormat"), Messages.locale());
        model.addAttribute(
                "next",
                planned.next().stream()
                        .map(at -> breaks.format(at.atZone(zone)))
                        .toList());
        return "reminders/settings";
    }

    /** A day's name as a checkbox label: Spanish writes "lunes" in a sentence, "Lunes" on its own. */
    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Messages.locale()) + name.substring(1);
    }
}
