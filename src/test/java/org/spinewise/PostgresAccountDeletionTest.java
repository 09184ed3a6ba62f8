package org.spinewise;

import org.junit.jupiter.api.Nested;
import org.spinewise.support.OnPostgres;

/** Deleting an account leaves no trace of the person in any table, on PostgreSQL (a throw-away schema). */
class PostgresAccountDeletionTest extends OnPostgres {

    @Nested
    class Deletion extends AccountDeletionTest {}
}
