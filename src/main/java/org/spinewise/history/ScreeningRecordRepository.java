package org.spinewise.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.spinewise.api.SqlTime;
import org.spinewise.api.TimedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code screening_record} table. Every read and write is scoped to one
 * account: another person's record is not there.
 */
@Repository
public class ScreeningRecordRepository extends TimedRows<ScreeningRecord> {

    private static final String COLUMNS = "id, account_id, at, rules_version, request, result";
    private static final String NEWEST_FIRST = "at DESC, seq DESC";

    /** Lists are newest first (records of the same instant: the later stored first). */
    public ScreeningRecordRepository(JdbcClient jdbc) {
        super(jdbc, "screening_record", COLUMNS, (rs, row) -> map(rs), "at", NEWEST_FIRST);
    }

    public void insert(ScreeningRecord record) {
        jdbc.sql("INSERT INTO screening_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        record.id(),
                        record.accountId(),
                        SqlTime.utc(record.at()),
                        record.rulesVersion(),
                        record.request(),
                        record.result())
                .update();
    }

    /** The person's {@code limit} latest records, newest first, as {@link #list} orders them. */
    public List<ScreeningRecord> latest(UUID accountId, int limit) {
        return rows.first(accountId, NEWEST_FIRST, limit);
    }

    private static ScreeningRecord map(ResultSet rs) throws SQLException {
        return new ScreeningRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                SqlTime.instant(rs, "at"),
                rs.getString("rules_version"),
                rs.getString("request"),
                rs.getString("result"));
    }
}
