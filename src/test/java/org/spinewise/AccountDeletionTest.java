package org.spinewise;

import java.sql.SQLException;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deleting an account leaves no trace of the person in any table (H2; again on PostgreSQL by PostgresAccountDeletionTest). */
class AccountDeletionTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void deletionLeavesNothingOfThePerson() throws SQLException {
        AccountDeletionScenario.deletionLeavesNothing(mvc, dataSource);
    }
}
