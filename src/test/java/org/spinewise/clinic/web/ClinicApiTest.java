package org.spinewise.clinic.web;

import org.junit.jupiter.api.BeforeEach;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Base of the clinic's API tests: each test starts with a fresh clinic of its own and one clinician. */
abstract class ClinicApiTest extends ApiTest {

    private final String clinicName;

    @Autowired
    protected JdbcClient jdbc;

    protected Clinics clinics;
    protected String clinicId;
    protected ApiPerson clinician;

    ClinicApiTest(String clinicName) {
        this.clinicName = clinicName;
    }

    @BeforeEach
    void openTheClinic() {
        clinics = new Clinics(mvc, jdbc);
        clinicId = clinics.clinic(clinicName);
        clinician = clinics.clinician(clinicId);
    }
}
