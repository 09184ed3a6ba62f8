package org.spinewise.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Copies of one record with one {@code clientId}, sent at once, on H2 (and PostgreSQL by PostgresConcurrentClientIdTest): stored once ({@link ConcurrentClientIds}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentClientIdTest {

    @LocalServerPort
    int port;

    @Test
    void copiesSentAtOnceAreStoredOnce() throws Exception {
        ConcurrentClientIds.check(port);
    }
}
