package org.spinewise.journal;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;

/** The same journal migration and data access on PostgreSQL. */
@EnabledWithPostgres
class PostgresJournalRepositoryTest extends JournalRepositoryContract {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    String schema() {
        return database.schema();
    }
}
