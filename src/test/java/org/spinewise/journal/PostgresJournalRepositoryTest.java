package org.spinewise.journal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresDatabase;

/** The same journal migration and data access on PostgreSQL. */
@EnabledWithPostgres
class PostgresJournalRepositoryTest extends JournalRepositoryContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = PostgresDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    String schema() {
        return database.schema();
    }
}
