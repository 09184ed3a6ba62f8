package org.spinewise.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.api.AccountRows;
import org.spinewise.api.Bounds;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code routine_plan} table; every query is scoped to one person. */
@Repository
public class RoutinePlanRepository {

    private static final String COLUMNS = "id, account_id, at, request, plan";
    private static final String NEWEST_FIRST = "at DESC, id";

    private final JdbcClient jdbc;
    private final AccountRows<RoutinePlanRecord> rows;

    public RoutinePlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(
                jdbc,
                "routine_plan",
                COLUMNS,
                (rs, row) -> new RoutinePlanRecord(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        SqlTime.instant(rs, "at"),
                        rs.getString("request"),
                        rs.getString("plan")));
    }

    public void insert(RoutinePlanRecord record) {
        jdbc.sql("INSERT INTO routine_plan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                .params(record.id(), record.accountId(), SqlTime.utc(record.at()), record.request(), record.plan())
                .update();
    }

    public Optional<RoutinePlanRecord> find(UUID accountId, UUID id) {
        return rows.find(accountId, "id", id);
    }

    /** Newest first. */
    public List<RoutinePlanRecord> list(UUID accountId) {
        return rows.list(accountId, Bounds.none(), NEWEST_FIRST);
    }

    /** The person's latest plan, if any, read alone (not the whole history). */
    public Optional<RoutinePlanRecord> latest(UUID accountId) {
        return rows.first(accountId, NEWEST_FIRST, 1).stream().findFirst();
    }
}
