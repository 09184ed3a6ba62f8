package org.spinewise.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL server tests use, from {@code PG_URL}, {@code PG_USER} and
 * {@code PG_PASSWORD}, with a throw-away schema per test class so runs never
 * see each other's rows.
 *
 * @param admin      connections outside the schema, to make and drop it
 * @param url        the JDBC URL whose connections work in this schema
 * @param dataSource connections in this schema
 */
public record PostgresDatabase(DataSource admin, String schema, String url, DriverManagerDataSource dataSource)
        implements AutoCloseable {

    static boolean configured() {
        String url = System.getenv("PG_URL");
        return url != null && !url.isBlank();
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A fresh, empty schema on the configured server. */
    public static PostgresDatabase freshSchema() throws SQLException {
        if (!configured()) {
            throw new IllegalStateException("CI=true but PG_URL is not set: .ci/run must start PostgreSQL");
        }
        String url = System.getenv("PG_URL");
        DriverManagerDataSource admin =
                new DriverManagerDataSource(url, System.getenv("PG_USER"), System.getenv("PG_PASSWORD"));
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE SCHEMA " + schema);
        String scopedUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        var dataSource = new DriverManagerDataSource(scopedUrl, System.getenv("PG_USER"), System.getenv("PG_PASSWORD"));
        return new PostgresDatabase(admin, schema, scopedUrl, dataSource);
    }

    @Override
    public void close() throws SQLException {
        execute(admin, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
