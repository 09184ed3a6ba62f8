package org.spinewise.support;

import java.sql.SQLException;

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

    /**
     * Points the application context's data source and migrations at this schema. The values are read
     * when the context starts, after this extension has created the schema.
     */
    public void useForApplication(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> database.url());
        properties.add("spring.flyway.schemas", () -> database.schema());
    }
}
