package org.spinewise.history;

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
import org.spinewise.api.TimedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code screening_record} table. Every read and write is scoped to one
 * account: another person's record is not there.
 */
@Repository
public class ScreeningRecordRepository implements TimedRecords<ScreeningRecord> {

    private static final String COLUMNS = "id, account_id, at, rules_version, request, result";
    private static final String NEWEST_FIRST = "at DESC, seq DESC";

    private final JdbcClient jdbc;
    private final AccountRows<ScreeningRecord> rows;

    public ScreeningRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(jdbc, "screening_record", COLUMNS, (rs, row) -> map(rs));
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

    @Override
    public Optional<ScreeningRecord> find(UUID accountId, UUID id) {
        return rows.find(accountId, "id", id);
    }

    /**
     * The person's records made in [{@code from}, {@code until}), newest first
     * (records of the same instant: the later stored first).
     *
     * @param from  inclusive, or null for no lower bound
     * @param until exclusive, or null for no upper bound
     */
    @Override
    public List<ScreeningRecord> list(UUID accountId, @Nullable Instant from, @Nullable Instant until) {
        return rows.list(accountId, Bounds.halfOpen("at", from, until), NEWEST_FIRST);
    }

    /** The person's {@code limit} latest records, newest first, as {@link #list} orders them. */
    public List<ScreeningRecord> latest(UUID accountId, int limit) {
        return rows.first(accountId, NEWEST_FIRST, limit);
    }

    /** @return whether the person had this record */
    @Override
    public boolean delete(UUID accountId, UUID id) {
        return rows.delete(accountId, "id", id);
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
