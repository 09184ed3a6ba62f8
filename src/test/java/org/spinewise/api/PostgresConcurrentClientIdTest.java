package org.spinewise.api;

import org.junit.jupiter.api.Nested;
import org.spinewise.support.OnPostgres;

/** Copies of one record with one {@code clientId}, sent at once, on PostgreSQL: stored once. */
class PostgresConcurrentClientIdTest extends OnPostgres {

    @Nested
    class ClientIds extends ConcurrentClientIdTest {}
}
