package org.spinewise.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.spinewise.system.Messages;

/**
 * The iCalendar feed (RFC 5545) of a schedule (reminders-api.md, "Feed form"): one event per break, from the
 * start of the person's today for {@link #DAYS} days, at the break's resolved wall time in the person's zone,
 * with a VTIMEZONE written from java.time's own rules for the feed's span, so that every calendar app lands
 * on exactly the instants Spinewise computes, daylight-saving changes included.
 */
public final class CalendarFeedWriter {

    /** Today and the next 14 days. */
    public static final int DAYS = 15;

    public static final Duration EVENT_LENGTH = Duration.ofMinutes(5);

    private static final TimeZoneRegistry REGISTRY =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    /** What the feed keeps of a bundled VTIMEZONE besides its observances: the TZID is the person's zone id. */
    private static final Set<String> KEPT = Set.of("LAST-MODIFIED", "X-LIC-LOCATION");

    private CalendarFeedWriter() {}

    public static Calendar write(Schedule schedule, ZoneId zone, Instant now, UUID feedId, String deskUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Spinewise//Movement breaks//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime start = today.atStartOfDay(zone);
        calendar.add(timeZone(zone, start.toInstant(), start.plusDays(DAYS + 1).toInstant()));
        if (!schedule.enabled()) {
            return calendar;
        }
        for (int i = 0; i < DAYS; i++) {
            for (ZonedDateTime at : schedule.breaksOn(today.plusDays(i), zone)) {
                calendar.add(event(at, now, feedId, deskUrl));
            }
        }
        return calendar;
    }

    private static VEvent event(ZonedDateTime at, Instant now, UUID feedId, String deskUrl) {
        VEvent event = new VEvent(at, EVENT_LENGTH, Messages.t("reminders.calendar.summary"));
        event.add(new Uid(at.toInstant().getEpochSecond() + "-" + feedId + "@spinewise"));
        event.replace(new DtStamp(now));
        event.add(new Description(Messages.t("reminders.calendar.description") + " " + deskUrl));
        event.add(new Url(java.net.URI.create(deskUrl)));
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(Messages.t("reminders.calendar.alarm")));
        event.add(alarm);
        return event;
    }

    /**
     * The zone as iCal4j's bundled definitions give it (observances with RRULEs, which calendar apps and iCal4j
     * itself expand for any span), named by the person's own zone id; from java.time's rules when iCal4j does
     * not know the zone.
     */
    static VTimeZone timeZone(ZoneId zone, Instant from, Instant to) {
        net.fortuna.ical4j.model.TimeZone known = REGISTRY.getTimeZone(zone.getId());
        if (known == null) {
            return fromRules(zone, from, to);
        }
        VTimeZone bundled = known.getVTimeZone();
        List<Property> properties = new ArrayList<>(bundled.getProperties());
        properties.removeIf(property -> !KEPT.contains(property.getName()));
        properties.add(0, new TzId(zone.getId()));
        // A copy: the registry's own VTIMEZONE is shared and stays as it is.
        return new VTimeZone(new PropertyList(properties), new ComponentList<>(bundled.getObservances()));
    }

    /** The zone's offsets over [from, to): the one in force at the start, then each change within. */
    static VTimeZone fromRules(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        ZonedDateTime before = ZonedDateTime.ofInstant(from.minus(Duration.ofDays(1)), zone);
        timeZone.add(observance(
                rules.isDaylightSavings(from), before.toLocalDateTime(), rules.getOffset(from), rules.getOffset(from)));
        ZoneOffsetTransition change = rules.nextTransition(from);
        while (change != null && change.getInstant().isBefore(to)) {
            timeZone.add(observance(
                    rules.isDaylightSavings(change.getInstant()),
                    change.getDateTimeBefore(),
                    change.getOffsetBefore(),
                    change.getOffsetAfter()));
            change = rules.nextTransition(change.getInstant());
        }
        return timeZone;
    }

    private static Observance observance(
            boolean daylight,
            java.time.LocalDateTime start,
            java.time.ZoneOffset fromOffset,
            java.time.ZoneOffset toOffset) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(start));
        observance.add(new TzOffsetFrom(fromOffset));
        observance.add(new TzOffsetTo(toOffset));
        return observance;
    }
}
