package org.spinewise.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.AccountRows;
import org.spinewise.api.Bounds;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code crack} table; every statement is scoped to one account. */
@Repository
public class CrackRepository {

    private static final String COLUMNS = "id, at, technique, forced, painful";

    private final JdbcClient jdbc;
    private final AccountRows<Crack> rows;

    public CrackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(jdbc, "crack", COLUMNS, (rs, row) -> map(rs));
    }

    public void insert(UUID accountId, Crack crack) {
        jdbc.sql("INSERT INTO crack (account_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        crack.id(),
                        SqlTime.utc(crack.at()),
                        crack.technique(),
                        crack.forced(),
                        crack.painful())
                .update();
    }

    public Optional<Crack> find(UUID accountId, UUID id) {
        return rows.find(accountId, "id", id);
    }

    /** By time; {@code from} inclusive, {@code until} exclusive, null for no bound. */
    public List<Crack> list(UUID accountId, @Nullable Instant from, @Nullable Instant until) {
        return rows.list(accountId, Bounds.halfOpen("at", from, until), "at, id");
    }

    /** How many cracks the person logged from {@code from} (inclusive) until {@code until} (exclusive). */
    public int count(UUID accountId, @Nullable Instant from, @Nullable Instant until) {
        return rows.count(accountId, Bounds.halfOpen("at", from, until));
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
                .params(accountId, SqlTime.utc(at), except, limit)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** The person's {@code limit} latest cracks, newest first. */
    public List<Crack> latest(UUID accountId, int limit) {
        return rows.first(accountId, "at DESC, id DESC", limit);
    }

    /** @return whether the person had that crack */
    public boolean delete(UUID accountId, UUID id) {
        return rows.delete(accountId, "id", id);
    }

    private static Crack map(ResultSet rs) throws SQLException {
        return new Crack(
                rs.getObject("id", UUID.class),
                SqlTime.instant(rs, "at"),
                rs.getString("technique"),
                rs.getBoolean("forced"),
                rs.getBoolean("painful"));
    }
}
