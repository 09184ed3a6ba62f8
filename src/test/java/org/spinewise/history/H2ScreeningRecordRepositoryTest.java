package org.spinewise.history;

import javax.sql.DataSource;

import org.spinewise.support.TestDatabases;

/** The data access on H2 in PostgreSQL mode, the default database. */
class H2ScreeningRecordRepositoryTest extends ScreeningRecordRepositoryContract {

    private final DataSource dataSource = TestDatabases.newH2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String schema() {
        return null;
    }
}
