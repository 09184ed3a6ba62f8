package org.spinewise.journal;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The journal's data access on H2 in PostgreSQL mode, the default database. */
class H2JournalRepositoryTest extends JournalRepositoryContract {

    private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String schema() {
        return null;
    }
}
