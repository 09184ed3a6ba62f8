package org.spinewise.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns. They travel as UTC offset date-times,
 * the type JDBC 4.2 maps to that column and both H2 and the PostgreSQL driver accept; {@link Instant} is not
 * in that mapping.
 */
public final class SqlTime {

    private SqlTime() {}

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime utcOrNull(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
