package org.spinewise;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Deleting an account leaves no trace of the person in any table, on PostgreSQL (a throw-away schema). */
@EnabledWithPostgres
@ActiveProfiles("postgres")
@SpringBootTest
@AutoConfigureMockMvc
class PostgresAccountDeletionTest {

    private static PostgresDatabase database;

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) throws SQLException {
        database = PostgresDatabase.freshSchema();
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.flyway.schemas", database::schema);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
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
