package org.spinewise.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The schedule's breaks at every boundary: reminders-api.md, "Settings" and "next". */
class ScheduleTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final EnumSet<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static Schedule schedule(String from, String to, int interval) {
        return new Schedule(true, EVERY_DAY, LocalTime.parse(from), LocalTime.parse(to), interval);
    }

    private static List<Instant> instants(String... texts) {
        return java.util.Arrays.stream(texts).map(Instant::parse).toList();
    }

    @Test
    void anHourlyWorkdayHasItsFirstBreakAnIntervalAfterFromAndItsLastAtTo() {
        assertThat(Schedule.DEFAULT.wallTimes())
                .extracting(LocalTime::toString)
                .containsExactly("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00");
    }

    @Test
    void anIntervalThatDoesNotDivideTheWindowStopsBeforeTo() {
        assertThat(schedule("09:00", "10:40", 45).wallTimes())
                .extracting(LocalTime::toString)
                .containsExactly("09:45", "10:30");
        assertThat(schedule("09:00", "09:29", 30).wallTimes()).isEmpty();
        assertThat(schedule("09:00", "09:30", 30).wallTimes())
                .extracting(LocalTime::toString)
                .containsExactly("09:30");
    }

    @Test
    void nextIsStrictlyAfterNowAndWalksIntoLaterDays() {
        Schedule hourly = schedule("09:00", "12:00", 60);
        assertThat(hourly.next(Instant.parse("2026-12-07T10:00:00Z"), UTC, 5))
                .isEqualTo(instants(
                        "2026-12-07T11:00:00Z",
                        "2026-12-07T12:00:00Z",
                        "2026-12-08T10:00:00Z",
                        "2026-12-08T11:00:00Z",
                        "2026-12-08T12:00:00Z"));
        assertThat(hourly.next(Instant.parse("2026-12-07T09:59:59.999Z"), UTC, 1))
                .isEqualTo(instants("2026-12-07T10:00:00Z"));
        assertThat(hourly.next(Instant.parse("2026-12-07T12:00:00Z"), UTC, 1))
                .isEqualTo(instants("2026-12-08T10:00:00Z"));
    }

    @Test
    void onlyActiveDaysCountAndAWeekendIsSkipped() {
        // Friday 2026-12-11 after the last break: the next is Monday's first.
        assertThat(Schedule.DEFAULT.withEnabled().next(Instant.parse("2026-12-11T17:00:00Z"), UTC, 2))
                .isEqualTo(instants("2026-12-14T10:00:00Z", "2026-12-14T11:00:00Z"));
        Schedule sundays =
                new Schedule(true, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), 180);
        assertThat(sundays.next(Instant.parse("2026-12-07T00:00:00Z"), UTC, 5))
                .hasSize(5)
                .first()
                .isEqualTo(Instant.parse("2026-12-13T12:00:00Z"));
    }

    @Test
    void aDisabledScheduleOrAWindowWithoutBreaksHasNoNext() {
        assertThat(Schedule.DEFAULT.next(Instant.parse("2026-12-07T08:00:00Z"), UTC, 5))
                .isEmpty();
        assertThat(schedule("09:00", "09:10", 30).next(Instant.parse("2026-12-07T08:00:00Z"), UTC, 5))
                .isEmpty();
    }

    @Test
    void aWallTimeInTheSpringGapMovesLaterByTheGapAndDuplicatesCountOnce() {
        // Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST. 02:30 resolves to 03:30 CEST, as 03:30 does.
        Schedule night = schedule("01:30", "04:00", 30);
        List<ZonedDateTime> breaks = night.breaksOn(LocalDate.of(2026, 3, 29), BERLIN);
        assertThat(breaks)
                .extracting(ZonedDateTime::toInstant)
                .isEqualTo(instants(
                        "2026-03-29T01:00:00Z", // 02:00 CET is in the gap: 03:00 CEST
                        "2026-03-29T01:30:00Z", // 02:30 -> 03:30 CEST, and 03:30 itself is the same instant
                        "2026-03-29T02:00:00Z"));
        assertThat(ZonedDateTime.of(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aWallTimeInTheAutumnOverlapTakesTheEarlierOffset() {
        // Berlin, 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice, the first at 00:30Z.
        Schedule night = schedule("02:00", "03:00", 30);
        assertThat(night.breaksOn(LocalDate.of(2026, 10, 25), BERLIN))
                .extracting(ZonedDateTime::toInstant)
                .isEqualTo(instants("2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z"));
        assertThat(night.next(Instant.parse("2026-10-25T00:00:00Z"), BERLIN, 2))
                .isEqualTo(instants("2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z"));
    }

    @Test
    void zonesFarFromUtcCountTheirOwnDays() {
        // Kiritimati is UTC+14, Pago Pago UTC-11: the same instant is a different weekday there.
        Schedule mondays =
                new Schedule(true, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), 60);
        Instant sundayNoonUtc = Instant.parse("2026-12-06T12:00:00Z");
        assertThat(mondays.next(sundayNoonUtc, ZoneId.of("Pacific/Kiritimati"), 1))
                .isEqualTo(instants("2026-12-06T20:00:00Z")); // Monday 10:00 +14
        assertThat(mondays.next(sundayNoonUtc, ZoneId.of("Pacific/Pago_Pago"), 1))
                .isEqualTo(instants("2026-12-07T21:00:00Z")); // Monday 10:00 -11
        assertThat(mondays.next(sundayNoonUtc, ZoneId.of("Asia/Kathmandu"), 1))
                .isEqualTo(instants("2026-12-07T04:15:00Z")); // +05:45
    }

    @Test
    void theLatestBreakAtOrBeforeNowIsFoundAcrossDays() {
        Schedule hourly = schedule("09:00", "12:00", 60);
        assertThat(hourly.latestAtOrBefore(Instant.parse("2026-12-07T11:00:00Z"), UTC))
                .isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(hourly.latestAtOrBefore(Instant.parse("2026-12-08T09:00:00Z"), UTC))
                .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
    }

    @Test
    void refusesWhatIsNotASchedule() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule("10:00", "10:00", 60));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule("09:00", "17:00", 29));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule("09:00", "17:00", 181));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule(
                        true, EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0), 60));
    }
}
