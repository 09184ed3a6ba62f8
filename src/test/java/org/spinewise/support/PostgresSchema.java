package org.spinewise.support;

import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away PostgreSQL schema for one test class, created before its tests
 * and dropped after them: {@code @RegisterExtension static final PostgresSchema database = new PostgresSchema();}
 * beside {@link EnabledWithPostgres}; a Spring test adds {@link #useForApplication} in its
 * {@code @DynamicPropertySource}.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern SERVER_IN_URL = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");
    private static final int DEFAULT_PORT = 5432;

    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database = PostgresDatabase.freshSchema();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public String schema() {
        return database.schema();
    }

    /** The JDBC URL whose connections work in this schema. */
    public String url() {
        return database.url();
    }

    /** The server's address, from PG_URL: where a proxy in front of it relays to. */
    public InetSocketAddress serverAddress() {
        Matcher url = serverInUrl(database.url());
        return new InetSocketAddress(
                url.group(1), url.group(2) == null ? DEFAULT_PORT : Integer.parseInt(url.group(2)));
    }

    /** This schema's JDBC URL with the server's address replaced by a local port, to reach it through a proxy. */
    public String urlVia(int localPort) {
        Matcher url = serverInUrl(database.url());
        return url.replaceFirst("jdbc:postgresql://localhost:" + localPort + "/");
    }

    private static Matcher serverInUrl(String url) {
        Matcher matcher = SERVER_IN_URL.matcher(url);
        if (!matcher.find()) {
            throw new IllegalStateException("PG_URL is not jdbc:postgresql://host[:port]/database: " + url);
        }
        return matcher;
    }

    /**
     * The application arguments that run the packaged jar ({@code --spring.profiles.active=postgres}) in this
     * schema, for a server in its own process; credentials come from PG_USER and PG_PASSWORD, which it inherits.
     */
    public List<String> applicationArguments() {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.url(),
                "--spring.flyway.schemas=" + database.schema());
    }

    /**
     * Points the application context's data source and migrations at this schema. The values are read
     * when the context starts, after this extension has created the schema.
     */
    public void useForApplication(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> database.url());
        properties.add("spring.flyway.schemas", () -> database.schema());
    }
}
