package org.spinewise.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code routine_run} and {@code routine_run_item} tables. Every read
 * and write is scoped to one account: another person's run is not there.
 */
@Repository
public class RoutineRunRepository {

    private static final String COLUMNS = "id, account_id, started_at, ended_at, pain_before, pain_after, stop_reason";

    private final JdbcClient jdbc;

    public RoutineRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the run and its items together. */
    @Transactional
    public void insert(RoutineRun run) {
        jdbc.sql("INSERT INTO routine_run (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        run.id(),
                        run.accountId(),
                        timestamp(run.startedAt()),
                        timestamp(run.endedAt()),
                        run.painBefore(),
                        run.painAfter(),
                        run.stopReason() == null ? null : run.stopReason().name())
                .update();
        List<String> completed = run.completed();
        for (int position = 0; position < completed.size(); position++) {
            jdbc.sql("INSERT INTO routine_run_item (run_id, position, exercise_id) VALUES (?, ?, ?)")
                    .params(run.id(), position, completed.get(position))
                    .update();
        }
    }

    public Optional<RoutineRun> find(UUID accountId, UUID id) {
        List<RoutineRun> runs =
                withItems(jdbc.sql("SELECT " + COLUMNS + " FROM routine_run WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .query((rs, row) -> map(rs))
                        .list());
        return runs.stream().findFirst();
    }

    /**
     * The person's runs that started in [{@code from}, {@code until}), by start.
     *
     * @param from  inclusive, or null for no lower bound
     * @param until exclusive, or null for no upper bound
     */
    public List<RoutineRun> list(UUID accountId, Instant from, Instant until) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM routine_run WHERE account_id = ?");
        List<Object> params = new ArrayList<>(List.of(accountId));
        if (from != null) {
            sql.append(" AND started_at >= ?");
            params.add(timestamp(from));
        }
        if (until != null) {
            sql.append(" AND started_at < ?");
            params.add(timestamp(until));
        }
        sql.append(" ORDER BY started_at, ended_at, id");
        return withItems(jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> map(rs))
                .list());
    }

    /** @return whether the person had this run (its items go with it) */
    public boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("DELETE FROM routine_run WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    /** The runs with their completed items filled in, in the same order. */
    private List<RoutineRun> withItems(List<RoutineRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<UUID, List<String>> items = new HashMap<>();
        runs.forEach(run -> items.put(run.id(), new ArrayList<>()));
        List<UUID> ids = new ArrayList<>(items.keySet());
        // In chunks, so a long history never makes one huge IN list.
        for (int start = 0; start < ids.size(); start += 500) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            jdbc.sql(
                            "SELECT run_id, exercise_id FROM routine_run_item WHERE run_id IN (:ids) ORDER BY run_id, position")
                    .param("ids", chunk)
                    .query(rs -> {
                        items.get(rs.getObject("run_id", UUID.class)).add(rs.getString("exercise_id"));
                    });
        }
        Map<UUID, RoutineRun> byId = new LinkedHashMap<>();
        runs.forEach(run -> byId.put(
                run.id(),
                new RoutineRun(
                        run.id(),
                        run.accountId(),
                        run.startedAt(),
                        run.endedAt(),
                        items.get(run.id()),
                        run.painBefore(),
                        run.painAfter(),
                        run.stopReason())));
        return List.copyOf(byId.values());
    }

    private static RoutineRun map(ResultSet rs) throws SQLException {
        int painAfter = rs.getInt("pain_after");
        Integer after = rs.wasNull() ? null : painAfter;
        String reason = rs.getString("stop_reason");
        return new RoutineRun(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                List.of(),
                rs.getInt("pain_before"),
                after,
                reason == null ? null : StopReason.valueOf(reason));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
