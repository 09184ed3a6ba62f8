package org.spinewise.support;

import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The databases data-access tests run on, migrated as the application migrates them. */
public final class TestDatabases {

    private TestDatabases() {}

    /** A new, empty H2 database in PostgreSQL mode, as the application configures it. */
    public static DataSource newH2() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "");
    }

    /**
     * Empties the database (or the schema, when one is named) and runs every
     * migration, so each test starts from the same state.
     */
    public static void cleanAndMigrate(DataSource dataSource, String schema) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(false);
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().clean();
        flyway.load().migrate();
    }
}
