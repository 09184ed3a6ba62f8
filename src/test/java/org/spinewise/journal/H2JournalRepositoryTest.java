package org.spinewise.journal;

import javax.sql.DataSource;

import org.spinewise.support.TestDatabases;

/** The journal's data access on H2 in PostgreSQL mode, the default database. */
class H2JournalRepositoryTest extends JournalRepositoryContract {

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
