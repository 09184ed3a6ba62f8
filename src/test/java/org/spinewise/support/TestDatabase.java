package org.spinewise.support;

import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The database a repository contract runs on in one run of {@link OnEachDatabase}. */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final boolean postgres;
    /** PostgreSQL's throw-away schema, made on first use so a skipped run never needs the server. */
    private PostgresDatabase schema;

    private TestDatabase(String name, boolean postgres) {
        this.name = name;
        this.postgres = postgres;
    }

    static TestDatabase h2() {
        return new TestDatabase("H2 (PostgreSQL mode)", false);
    }

    static TestDatabase postgres() {
        return new TestDatabase("PostgreSQL", true);
    }

    public String name() {
        return name;
    }

    /** An empty database, migrated as the application migrates it: each test starts from the same state. */
    public JdbcClient emptyAndMigrated() throws SQLException {
        DataSource dataSource;
        String schemaName = null;
        if (postgres) {
            if (schema == null) {
                schema = PostgresDatabase.freshSchema();
            }
            dataSource = schema.dataSource();
            schemaName = schema.schema();
        } else {
            dataSource = TestDatabases.newH2();
        }
        TestDatabases.cleanAndMigrate(dataSource, schemaName);
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            schema.close();
            schema = null;
        }
    }
}
