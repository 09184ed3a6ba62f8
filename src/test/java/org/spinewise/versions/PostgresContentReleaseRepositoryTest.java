package org.spinewise.versions;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;

/** The same data access and migrations on PostgreSQL. */
@EnabledWithPostgres
class PostgresContentReleaseRepositoryTest extends ContentReleaseRepositoryContract {

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
