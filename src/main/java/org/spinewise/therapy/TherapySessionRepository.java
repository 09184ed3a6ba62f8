package org.spinewise.therapy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.ClientIdRows;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code therapy_session} table; every query is scoped to one person. */
@Repository
public class TherapySessionRepository extends ClientIdRows<TherapySession> {

    private static final String COLUMNS = "id, account_id, kind, minutes, started_at, ended_at, finished";

    /** Lists are oldest first. */
    public TherapySessionRepository(JdbcClient jdbc) {
        super(jdbc, "therapy_session", COLUMNS, (rs, row) -> map(rs), "started_at", "started_at, id");
    }

    /**
     * Stores the session with the id its client made for it.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the person already has a session with this
     *     {@code clientId} (nothing is stored then)
     */
    @Override
    public void insert(TherapySession session, @Nullable UUID clientId) {
        insertRow(
                clientId,
                session.id(),
                session.accountId(),
                session.kind().name(),
                session.minutes(),
                SqlTime.utc(session.startedAt()),
                SqlTime.utc(session.endedAt()),
                session.finished());
    }

    private static TherapySession map(ResultSet rs) throws SQLException {
        return new TherapySession(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                TherapyMode.valueOf(rs.getString("kind")),
                rs.getInt("minutes"),
                SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "ended_at"),
                rs.getBoolean("finished"));
    }
}
