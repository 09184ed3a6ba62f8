package org.spinewise.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table behind {@link TimedRecords}: a person's rows named by their {@code id} and kept by a time column,
 * found, listed and deleted through {@link AccountRows}, written once for every such repository.
 */
public abstract class TimedRows<R> implements TimedRecords<R> {

    protected final JdbcClient jdbc;
    protected final AccountRows<R> rows;
    private final String timeColumn;
    private final String order;

    /**
     * @param timeColumn the column a list's days bound
     * @param order      the list's {@code ORDER BY}
     */
    protected TimedRows(
            JdbcClient jdbc, String table, String columns, RowMapper<R> mapper, String timeColumn, String order) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(jdbc, table, columns, mapper);
        this.timeColumn = timeColumn;
        this.order = order;
    }

    @Override
    public Optional<R> find(UUID accountId, UUID id) {
        return rows.find(accountId, "id", id);
    }

    /** In the table's order; a null bound is no bound. */
    @Override
    public List<R> list(UUID accountId, @Nullable Instant from, @Nullable Instant until) {
        return rows.list(accountId, Bounds.halfOpen(timeColumn, from, until), order);
    }

    /** @return whether the person had this row */
    @Override
    public boolean delete(UUID accountId, UUID id) {
        return rows.delete(accountId, "id", id);
    }
}
