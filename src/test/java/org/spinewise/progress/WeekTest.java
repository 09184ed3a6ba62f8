package org.spinewise.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's week is the person's last seven calendar days, midnight to midnight in their time zone. */
class WeekTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aNewDayInAucklandStartsAWeekWhileItIsStillYesterdayInUtc() {
        // 11:30 UTC on 7 April 2026 is 23:30 in Auckland (UTC+12); 12:30 UTC is already 8 April there
        Week late = Week.endingAt(Instant.parse("2026-04-07T11:30:00Z"), AUCKLAND);
        Week next = Week.endingAt(Instant.parse("2026-04-07T12:30:00Z"), AUCKLAND);

        assertThat(late.to()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(late.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(next.to()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(next.from()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(next.until()).isEqualTo(Instant.parse("2026-04-08T12:00:00Z"));
    }

    @Test
    void aWeekAcrossTheEndOfDaylightSavingIsAnHourLonger() {
        // Auckland leaves daylight saving (UTC+13 to UTC+12) at 3:00 on 5 April 2026
        Week week = Week.endingAt(Instant.parse("2026-04-07T00:00:00Z"), AUCKLAND);

        assertThat(week.start()).isEqualTo(Instant.parse("2026-03-31T11:00:00Z")); // midnight on 1 April, UTC+13
        assertThat(week.until()).isEqualTo(Instant.parse("2026-04-07T12:00:00Z")); // midnight on 8 April, UTC+12
        assertThat(java.time.Duration.between(week.start(), week.until()).toHours())
                .isEqualTo(7 * 24 + 1);
    }

    @Test
    void holdsItsFirstMidnightButNotTheOneAfterToday() {
        Week week = Week.endingAt(Instant.parse("2026-06-10T03:00:00Z"), AUCKLAND);

        assertThat(week.contains(week.start())).isTrue();
        assertThat(week.contains(week.start().minusNanos(1))).isFalse();
        assertThat(week.contains(week.until().minusNanos(1))).isTrue();
        assertThat(week.contains(week.until())).isFalse();
    }
}
