package org.spinewise.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.ClientIdRows;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code routine_run} and {@code routine_run_item} tables. Every read
 * and write is scoped to one account: another person's run is not there.
 * Deleting a run deletes its items with it (the database cascades).
 */
@Repository
public class RoutineRunRepository extends ClientIdRows<RoutineRun> {

    private static final String COLUMNS = "id, account_id, started_at, ended_at, pain_before, pain_after, stop_reason";

    /** Lists are by start. */
    public RoutineRunRepository(JdbcClient jdbc) {
        super(jdbc, "routine_run", COLUMNS, (rs, row) -> map(rs), "started_at", "started_at, ended_at, id");
    }

    /**
     * Stores the run and its items together, with the id its client made for it.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the person already has a run with this
     *     {@code clientId} (nothing of this run is stored then)
     */
    @Override
    @Transactional
    public void insert(RoutineRun run, @Nullable UUID clientId) {
        insertRow(
                clientId,
                run.id(),
                run.accountId(),
                SqlTime.utc(run.startedAt()),
                SqlTime.utc(run.endedAt()),
                run.painBefore(),
                run.painAfter(),
                stopName(run.stopReason()));
        List<String> completed = run.completed();
        for (int position = 0; position < completed.size(); position++) {
            jdbc.sql("INSERT INTO routine_run_item (run_id, position, exercise_id) VALUES (?, ?, ?)")
                    .params(run.id(), position, completed.get(position))
                    .update();
        }
    }

    @Override
    public Optional<RoutineRun> find(UUID accountId, UUID id) {
        return super.find(accountId, id).map(run -> withItems(List.of(run)).get(0));
    }

    /** The person's run stored with this client-made id. */
    @Override
    public Optional<RoutineRun> findByClientId(UUID accountId, UUID clientId) {
        return super.findByClientId(accountId, clientId)
                .map(run -> withItems(List.of(run)).get(0));
    }

    /**
     * The person's runs that started in [{@code from}, {@code until}), by start.
     *
     * @param from  inclusive, or null for no lower bound
     * @param until exclusive, or null for no upper bound
     */
    @Override
    public List<RoutineRun> list(UUID accountId, @Nullable Instant from, @Nullable Instant until) {
        return withItems(super.list(accountId, from, until));
    }

    /** The person's runs that started in [{@code from}, {@code until}), counted and summed in one statement. */
    public RunTotals totals(UUID accountId, Instant from, Instant until) {
        return jdbc.sql("SELECT COUNT(*) AS runs, COALESCE(SUM(pain_before), 0) AS before_sum, "
                        + "COUNT(pain_after) AS after_runs, COALESCE(SUM(pain_after), 0) AS after_sum "
                        + "FROM routine_run WHERE account_id = ? AND started_at >= ? AND started_at < ?")
                .params(accountId, SqlTime.utc(from), SqlTime.utc(until))
                .query((rs, row) -> new RunTotals(
                        rs.getInt("runs"), rs.getLong("before_sum"), rs.getInt("after_runs"), rs.getLong("after_sum")))
                .single();
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
                        // the query asked only for these runs
                        Objects.requireNonNull(items.get(rs.getObject("run_id", UUID.class)))
                                .add(rs.getString("exercise_id"));
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
                        items.getOrDefault(run.id(), List.of()),
                        run.painBefore(),
                        run.painAfter(),
                        run.stopReason())));
        return List.copyOf(byId.values());
    }

    private static @Nullable String stopName(@Nullable StopReason reason) {
        return reason == null ? null : reason.name();
    }

    private static RoutineRun map(ResultSet rs) throws SQLException {
        int painAfter = rs.getInt("pain_after");
        Integer after = rs.wasNull() ? null : painAfter;
        String reason = rs.getString("stop_reason");
        return new RoutineRun(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "ended_at"),
                List.of(),
                rs.getInt("pain_before"),
                after,
                reason == null ? null : StopReason.valueOf(reason));
    }
}
