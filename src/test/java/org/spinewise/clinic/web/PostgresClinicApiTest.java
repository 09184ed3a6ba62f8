package org.spinewise.clinic.web;

import org.junit.jupiter.api.Nested;
import org.spinewise.support.OnPostgres;

/**
 * The clinic's whole contract suite again on PostgreSQL (the {@code postgres} profile, a throw-away schema):
 * each nested class inherits this configuration, so the same cases run on both databases.
 */
class PostgresClinicApiTest extends OnPostgres {

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
