package org.spinewise.therapy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code therapy_session} table; every query is scoped to one person. */
@Repository
public class TherapySessionRepository {

    private final JdbcClient jdbc;

    public TherapySessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TherapySession session) {
        jdbc.sql("INSERT INTO therapy_session (id, account_id, kind, minutes, started_at, ended_at, finished) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        session.id(),
                        session.accountId(),
                        session.kind().name(),
                        session.minutes(),
                        utc(session.startedAt()),
                        utc(session.endedAt()),
                        session.finished())
                .update();
    }

    public Optional<TherapySession> find(UUID accountId, UUID id) {
        return jdbc.sql("SELECT * FROM therapy_session WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Sessions started in [from, until), oldest first. */
    public List<TherapySession> list(UUID accountId, Instant from, Instant until) {
        return jdbc.sql("SELECT * FROM therapy_session WHERE account_id = ? AND started_at >= ? AND started_at < ? "
                        + "ORDER BY started_at, id")
                .params(accountId, utc(from), utc(until))
                .query((rs, row) -> map(rs))
                .list();
    }

    public boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("DELETE FROM therapy_session WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    private static TherapySession map(ResultSet rs) throws SQLException {
        return new TherapySession(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                TherapyMode.valueOf(rs.getString("kind")),
                rs.getInt("minutes"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ended_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("finished"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
