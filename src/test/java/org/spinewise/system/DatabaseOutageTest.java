package org.spinewise.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database being away (503), and which are faults (500). */
class DatabaseOutageTest {

    @Test
    void theDatabaseBeingAwayIsAnOutage() {
        assertThat(DatabaseOutage.caused(new CannotGetJdbcConnectionException(
                        "no connection", new SQLTransientConnectionException("timed out"))))
                .isTrue();
        assertThat(DatabaseOutage.caused(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseOutage.caused(new IllegalStateException(
                        "while loading the session", new DataAccessResourceFailureException("I/O error"))))
                .isTrue();
        assertThat(DatabaseOutage.caused(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.caused(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.caused(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseOutage.caused(new RuntimeException(new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.caused(null)).isFalse();
    }
}
