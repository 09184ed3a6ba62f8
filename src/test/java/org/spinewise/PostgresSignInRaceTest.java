package org.spinewise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Concurrent sign-in attempts never slip past the throttle on PostgreSQL either (a throw-away schema). */
@EnabledWithPostgres
@ActiveProfiles("postgres")
@SpringBootTest
@AutoConfigureMockMvc
// Its schema is dropped after the class, so its context (never shared: the schema is its own) is closed then too.
@DirtiesContext
class PostgresSignInRaceTest {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void wrongPasswordsSentAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        SignInRaceScenario.wrongPasswordsForOneEmailAtOnce(mvc);
    }

    @Test
    void failuresFromOneAddressSentAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        SignInRaceScenario.failuresFromOneAddressAtOnce(mvc);
    }
}
