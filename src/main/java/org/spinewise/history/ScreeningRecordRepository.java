package org.spinewise.history;

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

/**
 * The {@code screening_record} table. Every read and write is scoped to one
 * account: another person's record is not there.
 */
@Repository
public class ScreeningRecordRepository {

    private static final String COLUMNS = "id, account_id, at, rules_version, request, result";

    private final JdbcClient jdbc;

    public ScreeningRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ScreeningRecord record) {
        jdbc.sql("INSERT INTO screening_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        record.id(),
                        record.accountId(),
                        OffsetDateTime.ofInstant(record.at(), ZoneOffset.UTC),
                        record.rulesVersion(),
                        record.request(),
                        record.result())
                .update();
    }

    public Optional<ScreeningRecord> find(UUID accountId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_record WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /**
     * The person's records made in [{@code from}, {@code until}), newest first
     * (records of the same instant: the later stored first).
     *
     * @param from  inclusive, or null for no lower bound
     * @param until exclusive, or null for no upper bound
     */
    public List<ScreeningRecord> list(UUID accountId, Instant from, Instant until) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM screening_record WHERE account_id = ?");
        List<Object> params = new ArrayList<>(List.of(accountId));
        if (from != null) {
            sql.append(" AND at >= ?");
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (until != null) {
            sql.append(" AND at < ?");
            params.add(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        }
        sql.append(" ORDER BY at DESC, seq DESC");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** @return whether the person had this record */
    public boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("DELETE FROM screening_record WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    private static ScreeningRecord map(ResultSet rs) throws SQLException {
        return new ScreeningRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("rules_version"),
                rs.getString("request"),
                rs.getString("result"));
    }
}
