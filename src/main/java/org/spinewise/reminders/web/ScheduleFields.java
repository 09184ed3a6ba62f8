package org.spinewise.reminders.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;
import org.spinewise.reminders.Schedule;
import org.spinewise.system.Messages;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A schedule in the API's JSON (reminders-api.md, "Settings"), read strictly and written back. */
final class ScheduleFields {

    static final String ENABLED = "enabled";
    static final String DAYS = "days";
    static final String FROM = "from";
    static final String TO = "to";
    static final String INTERVAL = "intervalMinutes";
    static final String NEXT = "next";

    /** {@code next} is what the server answers; a client that sends a schedule back as it read it may keep it. */
    private static final Set<String> NAMES = Set.of(ENABLED, DAYS, FROM, TO, INTERVAL, NEXT);

    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ScheduleFields() {}

    /** The schedule, or null with every problem recorded in {@code fields}. */
    static @Nullable Schedule read(JsonFields fields) {
        fields.rejectUnknown(NAMES);
        Boolean enabled = fields.bool(ENABLED);
        List<String> days = fields.listOf(DAYS, DAY_NAMES, false);
        if (days != null && Set.copyOf(days).size() != days.size()) {
            fields.error(DAYS, Messages.t("reminders.days.once"));
            days = null;
        }
        LocalTime from = time(fields, FROM);
        LocalTime to = time(fields, TO);
        if (from != null && to != null && !to.isAfter(from)) {
            fields.error(TO, Messages.t("reminders.window", from));
            to = null;
        }
        Integer interval = fields.integer(INTERVAL, Schedule.MIN_INTERVAL, Schedule.MAX_INTERVAL);
        if (enabled == null || days == null || from == null || to == null || interval == null) {
            return null;
        }
        return new Schedule(enabled, dayOfWeek(days), from, to, interval);
    }

    static ObjectNode write(Schedule schedule, List<java.time.Instant> next) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(ENABLED, schedule.enabled());
        var days = node.putArray(DAYS);
        schedule.days().forEach(day -> days.add(DAY_NAMES.get(day.getValue() - 1)));
        node.put(FROM, schedule.from().toString());
        node.put(TO, schedule.to().toString());
        node.put(INTERVAL, schedule.intervalMinutes());
        var instants = node.putArray(NEXT);
        next.forEach(at -> instants.add(at.toString()));
        return node;
    }

    private static @Nullable LocalTime time(JsonFields fields, String name) {
        String text = fields.text(name, 5);
        if (text == null) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            fields.error(name, Messages.t("reminders.time"));
            return null;
        }
        return LocalTime.parse(text);
    }

    private static Set<DayOfWeek> dayOfWeek(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(name -> days.add(DayOfWeek.of(DAY_NAMES.indexOf(name) + 1)));
        return days;
    }
}
