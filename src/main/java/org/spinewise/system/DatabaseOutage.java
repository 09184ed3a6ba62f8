package org.spinewise.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (stopped,
 * restarting, the network) from a fault of ours: the first is answered 503
 * with Retry-After, since trying again shortly will work.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final String SQL_STATE_CONNECTION = "08";

    private DatabaseOutage() {}

    public static boolean caused(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(SQL_STATE_CONNECTION))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
