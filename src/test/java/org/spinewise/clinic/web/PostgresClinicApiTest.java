package org.spinewise.clinic.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The clinic's whole contract suite again on PostgreSQL (the {@code postgres} profile, a throw-away schema):
 * each nested class inherits this configuration, so the same cases run on both databases.
 */
@EnabledWithPostgres
@ActiveProfiles("postgres")
// The schema is dropped after the class, so no context may outlive it.
@DirtiesContext
class PostgresClinicApiTest {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }

    @Nested
    class Administration extends ClinicAdministrationApiTest {}

    @Nested
    class Linking extends ClinicLinkApiTest {}

    @Nested
    class Patients extends ClinicPatientsApiTest {}

    @Nested
    class Assignments extends ClinicAssignmentApiTest {}

    @Nested
    class ContactRequests extends ContactRequestApiTest {}

    @Nested
    class AccessLogs extends AccessLogApiTest {}

    @Nested
    class EdgeCases extends ClinicEdgeCasesApiTest {}

    @Nested
    class Races extends ClinicRacesApiTest {}
}
