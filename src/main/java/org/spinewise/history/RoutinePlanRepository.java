package org.spinewise.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code routine_plan} table; every query is scoped to one person. */
@Repository
public class RoutinePlanRepository {

    private final JdbcClient jdbc;

    public RoutinePlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RoutinePlanRecord record) {
        jdbc.sql("INSERT INTO routine_plan (id, account_id, at, request, plan) VALUES (?, ?, ?, ?, ?)")
                .params(
                        record.id(),
                        record.accountId(),
                        OffsetDateTime.ofInstant(record.at(), ZoneOffset.UTC),
                        record.request(),
                        record.plan())
                .update();
    }

    /** Newest first. */
    public List<RoutinePlanRecord> list(UUID accountId) {
        return jdbc.sql("SELECT * FROM routine_plan WHERE account_id = ? ORDER BY at DESC, id")
                .param(accountId)
                .query((rs, row) -> new RoutinePlanRecord(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("request"),
                        rs.getString("plan")))
                .list();
    }
}
