package org.spinewise.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reminder_schedule} table: one schedule per account, and the latest break claimed for sending. */
@Repository
@RequiredArgsConstructor
class ScheduleRepository {

    private final JdbcClient jdbc;

    /** An enabled schedule with what the sender needs: the person's zone and which breaks count. */
    record Due(
            UUID accountId,
            ZoneId zone,
            Schedule schedule,
            Instant changedAt,
            @Nullable Instant lastSent) {}

    Optional<Schedule> find(UUID accountId) {
        return jdbc.sql("SELECT enabled, days, from_time, to_time, interval_minutes FROM reminder_schedule"
                        + " WHERE account_id = ?")
                .params(accountId)
                .query((rs, row) -> schedule(rs))
                .optional();
    }

    /** Replaces the person's schedule; breaks before {@code now} no longer count. */
    void save(UUID accountId, Schedule schedule, Instant now) {
        Object[] values = {
            schedule.enabled(),
            days(schedule.days()),
            schedule.from(),
            schedule.to(),
            schedule.intervalMinutes(),
            SqlTime.utc(now),
            accountId
        };
        int updated = jdbc.sql("UPDATE reminder_schedule SET enabled = ?, days = ?, from_time = ?, to_time = ?,"
                        + " interval_minutes = ?, changed_at = ? WHERE account_id = ?")
                .params(values)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO reminder_schedule (enabled, days, from_time, to_time, interval_minutes, changed_at,"
                            + " account_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(values)
                    .update();
        }
    }

    List<Due> enabled() {
        return jdbc.sql("SELECT s.account_id, a.time_zone, s.enabled, s.days, s.from_time, s.to_time,"
                        + " s.interval_minutes, s.changed_at, s.last_sent FROM reminder_schedule s"
                        + " JOIN account a ON a.id = s.account_id WHERE s.enabled = TRUE")
                .query((rs, row) -> new Due(
                        rs.getObject("account_id", UUID.class),
                        ZoneId.of(rs.getString("time_zone")),
                        schedule(rs),
                        SqlTime.instant(rs, "changed_at"),
                        rs.getObject("last_sent") == null ? null : SqlTime.instant(rs, "last_sent")))
                .list();
    }

    /**
     * Claims a break for sending: only one caller, on any node, ever wins a given break, since the row's
     * {@code last_sent} only moves forward and the database applies one update at a time.
     */
    boolean claim(UUID accountId, Instant at) {
        return jdbc.sql("UPDATE reminder_schedule SET last_sent = ? WHERE account_id = ? AND enabled = TRUE"
                                + " AND changed_at < ? AND (last_sent IS NULL OR last_sent < ?)")
                        .params(SqlTime.utc(at), accountId, SqlTime.utc(at), SqlTime.utc(at))
                        .update()
                == 1;
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = Arrays.stream(rs.getString("days").split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Schedule(
                rs.getBoolean("enabled"),
                days,
                rs.getObject("from_time", LocalTime.class),
                rs.getObject("to_time", LocalTime.class),
                rs.getInt("interval_minutes"));
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
