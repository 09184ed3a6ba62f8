package org.spinewise;

import java.sql.SQLException;
import javax.sql.DataSource;

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

/** Deleting an account leaves no trace of the person in any table, on PostgreSQL (a throw-away schema). */
@EnabledWithPostgres
@ActiveProfiles("postgres")
@SpringBootTest
@AutoConfigureMockMvc
// Its schema is dropped after the class, so its context (never shared: the schema is its own) is closed
// then too, instead of cleaning expired sessions in a schema that is gone once a minute.
@DirtiesContext
class PostgresAccountDeletionTest {

    /** A throw-away schema, so runs of different branches never meet in one schema history. */
    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void deletionLeavesNothingOfThePerson() throws SQLException {
        AccountDeletionScenario.deletionLeavesNothing(mvc, dataSource);
    }
}
