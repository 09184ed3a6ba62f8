package org.spinewise.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Copies of one record with one {@code clientId}, sent at once, on PostgreSQL: stored once. */
@EnabledWithPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the schema is dropped after the class, so its context goes with it
@DirtiesContext
class PostgresConcurrentClientIdTest {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }

    @LocalServerPort
    int port;

    @Test
    void copiesSentAtOnceAreStoredOnce() throws Exception {
        ConcurrentClientIds.check(port);
    }
}
