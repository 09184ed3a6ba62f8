package org.spinewise.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code crack} table; every statement is scoped to one account. */
@Repository
public class CrackRepository {

    private static final String COLUMNS = "id, at, technique, forced, painful";

    private final JdbcClient jdbc;

    public CrackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID accountId, Crack crack) {
        jdbc.sql("INSERT INTO crack (account_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(accountId, crack.id(), utc(crack.at()), crack.technique(), crack.forced(), crack.painful())
                .update();
    }

    public Optional<Crack> find(UUID accountId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crack WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** By time; {@code from} inclusive, {@code until} exclusive, null for no bound. */
    public List<Crack> list(UUID accountId, Instant from, Instant until) {
        List<Object> params = new ArrayList<>();
        String where = where(accountId, from, until, params);
        return jdbc.sql("SELECT " + COLUMNS + " FROM crack" + where + " ORDER BY at, id")
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** How many cracks the person logged from {@code from} (inclusive) until {@code until} (exclusive). */
    public int count(UUID accountId, Instant from, Instant until) {
        List<Object> params = new ArrayList<>();
        String where = where(accountId, from, until, params);
        return jdbc.sql("SELECT COUNT(*) FROM crack" + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /**
     * The person's latest cracks at or before {@code at}, newest first, leaving out {@code except}
     * (the crack these are compared with); at most {@code limit}.
     */
    public List<Crack> latestUpTo(UUID accountId, Instant at, UUID except, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM crack WHERE account_id = ? AND at <= ? AND id <> ? "
                        + "ORDER BY at DESC, id DESC LIMIT ?")
                .params(accountId, utc(at), except, limit)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** @return whether the person had that crack */
    public boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("DELETE FROM crack WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    private static String where(UUID accountId, Instant from, Instant until, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE account_id = ?");
        params.add(accountId);
        if (from != null) {
            where.append(" AND at >= ?");
            params.add(utc(from));
        }
        if (until != null) {
            where.append(" AND at < ?");
            params.add(utc(until));
        }
        return where.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Crack map(ResultSet rs) throws SQLException {
        return new Crack(
                rs.getObject("id", UUID.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("technique"),
                rs.getBoolean("forced"),
                rs.getBoolean("painful"));
    }
}
