package org.spinewise.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one table that each belong to one account, read and deleted as every such repository does,
 * written once so that no statement forgets its {@code account_id}: another person's row is not there.
 * Table, column and order names come from the repository's constants, never from a request; the SQL is
 * plain enough for H2 in PostgreSQL mode and PostgreSQL alike.
 */
public final class AccountRows<T> {

    private final JdbcClient jdbc;
    private final String table;
    private final String columns;
    private final RowMapper<T> mapper;

    public AccountRows(JdbcClient jdbc, String table, String columns, RowMapper<T> mapper) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = columns;
        this.mapper = mapper;
    }

    /** The account's row whose {@code keyColumn} is {@code key}. */
    public Optional<T> find(UUID accountId, String keyColumn, Object key) {
        return jdbc.sql("SELECT " + columns + " FROM " + table + " WHERE account_id = ? AND " + keyColumn + " = ?")
                .params(accountId, key)
                .query(mapper)
                .optional();
    }

    /** The account's rows within {@code bounds}, in {@code orderBy} order. */
    public List<T> list(UUID accountId, Bounds bounds, String orderBy) {
        List<Object> params = new ArrayList<>();
        String where = where(accountId, bounds, params);
        return jdbc.sql("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy)
                .params(params)
                .query(mapper)
                .list();
    }

    /** The account's first {@code limit} rows in {@code orderBy} order (its latest, ordered newest first). */
    public List<T> first(UUID accountId, String orderBy, int limit) {
        return jdbc.sql("SELECT " + columns + " FROM " + table + " WHERE account_id = ? ORDER BY " + orderBy
                        + " LIMIT ?")
                .params(accountId, limit)
                .query(mapper)
                .list();
    }

    /** How many of the account's rows lie within {@code bounds}. */
    public int count(UUID accountId, Bounds bounds) {
        List<Object> params = new ArrayList<>();
        String where = where(accountId, bounds, params);
        return jdbc.sql("SELECT COUNT(*) FROM " + table + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** @return whether the account had that row */
    public boolean delete(UUID accountId, String keyColumn, Object key) {
        return jdbc.sql("DELETE FROM " + table + " WHERE account_id = ? AND " + keyColumn + " = ?")
                        .params(accountId, key)
                        .update()
                == 1;
    }

    private static String where(UUID accountId, Bounds bounds, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE account_id = ?");
        params.add(accountId);
        if (bounds.from() != null) {
            where.append(" AND ").append(bounds.column()).append(" >= ?");
            params.add(bounds.from());
        }
        if (bounds.to() != null) {
            where.append(" AND ").append(bounds.column()).append(bounds.toInclusive() ? " <= ?" : " < ?");
            params.add(bounds.to());
        }
        return where.toString();
    }
}
