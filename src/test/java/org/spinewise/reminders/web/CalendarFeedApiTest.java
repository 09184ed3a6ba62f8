package org.spinewise.reminders.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.reminders.RemindersContextTest;
import org.spinewise.reminders.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/** reminders-api.md, "Calendar feed" and "Feed form": the feed parsed back with iCal4j. */
public class CalendarFeedApiTest extends RemindersContextTest {

    private static final String CALENDAR = "/api/v1/me/reminders/calendar";

    private String subscribe(ApiPerson person) {
        Answer created = person.postJson(CALENDAR, "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return str(created.json().path("url"));
    }

    private Answer feed(String url) {
        assertThat(url).startsWith("http://localhost/calendar/");
        return ApiPerson.from(mvc, "203.0.113.9").get(url.substring("http://localhost".length()));
    }

    private static Calendar parse(Answer answer) throws Exception {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(answer.body()));
    }

    @Test
    void theSecretAddressServesAnyoneAndPostingAgainOrDeletingEndsTheOldOne() throws Exception {
        ApiPerson person = ApiPerson.signUp(mvc, "Europe/Berlin");
        assertProblem(person.get(CALENDAR), 404);
        String first = subscribe(person);
        String secret = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(secret).matches("[A-Za-z0-9_-]{43}"); // 256 random bits
        assertThat(str(assertOkJson(person.get(CALENDAR)).path("url"))).isEqualTo(first);
        parse(feed(first));

        String second = subscribe(person);
        assertThat(second).isNotEqualTo(first);
        assertThat(feed(first).status()).isEqualTo(404);
        parse(feed(second));

        assertThat(person.delete(CALENDAR).status()).isEqualTo(204);
        assertThat(feed(second).status()).isEqualTo(404);
        assertProblem(person.get(CALENDAR), 404);
        assertThat(person.delete(CALENDAR).status()).isEqualTo(204);
        assertProblem(ApiPerson.anonymous(mvc).postJson(CALENDAR, ""), 401);
    }

    @Test
    void eachBreakIsOneEventAtItsWallTimeWithAlarmLinkAndZone() throws Exception {
        clock.set("2026-12-07T06:00:00Z"); // Monday
        ApiPerson person = ApiPerson.signUp(mvc, "Europe/Berlin");
        assertOkJson(person.putJson(
                "/api/v1/me/reminders",
                "{\"enabled\":true,\"days\":[\"MON\",\"WED\"],\"from\":\"09:00\",\"to\":\"11:30\","
                        + "\"intervalMinutes\":45}"));
        Calendar calendar = parse(feed(subscribe(person)));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(starts(events))
                .isEqualTo(expected(
                        new org.spinewise.reminders.Schedule(
                                true,
                                java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY),
                                java.time.LocalTime.of(9, 0),
                                java.time.LocalTime.of(11, 30),
                                45),
                        ZoneId.of("Europe/Berlin"),
                        LocalDate.of(2026, 12, 7)));
        assertThat(events).hasSize(5 * 3); // three Mondays and two Wednesdays in 15 days, three breaks each
        for (VEvent event : events) {
            DtStart<?> start = event.getDateTimeStart();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
            assertThat(value(event, "DURATION")).isEqualTo("PT5M");
            assertThat(value(event, "UID")).isNotBlank();
            assertThat(value(event, "DTSTAMP")).isNotBlank();
            assertThat(value(event, "SUMMARY")).isNotBlank();
            assertThat(value(event, "DESCRIPTION")).isNotBlank();
            assertThat(value(event, "URL")).isEqualTo("http://localhost/routine/desk");
            VAlarm alarm = event.getAlarms().get(0);
            assertThat(alarm.getProperty("ACTION").orElseThrow().getValue()).isEqualTo("DISPLAY");
            assertThat(alarm.getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("PT0S");
            assertThat(alarm.getProperty("DESCRIPTION").orElseThrow().getValue())
                    .isNotBlank();
        }
        assertThat(events.stream().map(event -> value(event, "UID")).distinct()).hasSize(events.size());
    }

    @Test
    void theFeedIsExactAcrossADaylightSavingChangeAndFarFromUtc() throws Exception {
        // Berlin springs forward on 2027-03-28; a night owl's breaks straddle the gap.
        for (String zone : List.of("Europe/Berlin", "Pacific/Kiritimati", "America/St_Johns")) {
            clock.set("2027-03-20T12:00:00Z");
            ApiPerson person = ApiPerson.signUp(mvc, zone);
            assertOkJson(person.putJson(
                    "/api/v1/me/reminders",
                    "{\"enabled\":true,\"days\":[\"SUN\",\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\"],"
                            + "\"from\":\"01:00\",\"to\":\"04:00\",\"intervalMinutes\":30}"));
            Calendar calendar = parse(feed(subscribe(person)));
            Schedule schedule = new Schedule(
                    true,
                    java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                    java.time.LocalTime.of(1, 0),
                    java.time.LocalTime.of(4, 0),
                    30);
            LocalDate today = LocalDate.ofInstant(Instant.parse("2027-03-20T12:00:00Z"), ZoneId.of(zone));
            assertThat(starts(calendar.getComponents("VEVENT")))
                    .as(zone)
                    .isEqualTo(expected(schedule, ZoneId.of(zone), today));
        }
    }

    @Test
    void aDisabledScheduleGivesAFeedWithoutEvents() throws Exception {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        Calendar calendar = parse(feed(subscribe(person)));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void anAddressThatWasNeverGivenIsNotFound() {
        assertThat(ApiPerson.anonymous(mvc)
                        .get("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")
                        .status())
                .isEqualTo(404);
        assertThat(ApiPerson.anonymous(mvc).get("/calendar/nothing").status()).isEqualTo(404);
    }

    /** Each event's start as an instant, read through the feed's own VTIMEZONE as a calendar app reads it. */
    private static List<Instant> starts(List<VEvent> events) {
        List<Instant> starts = new ArrayList<>();
        for (VEvent event : events) {
            Temporal start = event.getDateTimeStart().getDate();
            starts.add(Instant.from(start));
        }
        return starts.stream().sorted().toList();
    }

    private static List<Instant> expected(Schedule schedule, ZoneId zone, LocalDate today) {
        List<Instant> breaks = new ArrayList<>();
        for (int day = 0; day < 15; day++) {
            schedule.breaksOn(today.plusDays(day), zone).stream()
                    .map(ZonedDateTime::toInstant)
                    .forEach(breaks::add);
        }
        return breaks;
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
