package org.spinewise;

import org.junit.jupiter.api.Nested;
import org.spinewise.account.web.SignInRaceApiTest;
import org.spinewise.support.OnPostgres;

/** Concurrent sign-in attempts never slip past the throttle on PostgreSQL either (a throw-away schema). */
class PostgresSignInRaceTest extends OnPostgres {

    @Nested
    class Races extends SignInRaceApiTest {}
}
