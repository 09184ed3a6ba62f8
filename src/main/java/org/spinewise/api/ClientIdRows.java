package org.spinewise.api;

import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TimedRows} that may carry the {@code client_id} an offline client gave its record ({@link ClientId}):
 * found by it, and stored with it by one statement made from the table's columns, so that no repository counts
 * its placeholders by hand.
 */
public abstract class ClientIdRows<R> extends TimedRows<R> implements ClientIdRecords<R> {

    private final String insert;
    private final int columnCount;

    /** @param columns the table's columns as {@link #insertRow} takes their values, comma-separated */
    protected ClientIdRows(
            JdbcClient jdbc, String table, String columns, RowMapper<R> mapper, String timeColumn, String order) {
        super(jdbc, table, columns, mapper, timeColumn, order);
        this.columnCount = columns.split(",").length;
        String placeholders = String.join(", ", Collections.nCopies(columnCount + 1, "?"));
        this.insert = "INSERT INTO " + table + " (" + columns + ", client_id) VALUES (" + placeholders + ")";
    }

    @Override
    public Optional<R> findByClientId(UUID accountId, UUID clientId) {
        return rows.find(accountId, "client_id", clientId);
    }

    /** Stores one row: {@code values} in the order of the table's columns, then the client id (null: none). */
    protected void insertRow(@Nullable UUID clientId, @Nullable Object... values) {
        if (values.length != columnCount) {
            throw new IllegalArgumentException(
                    "An insert into " + insert + " takes " + columnCount + " values, not " + values.length);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(insert);
        // param, unlike params, takes nulls: a value left out, a record sent without a client id
        for (Object value : values) {
            statement = statement.param(value);
        }
        statement.param(clientId).update();
    }
}
