package org.spinewise.clinic.web;

import org.junit.jupiter.api.BeforeEach;
import org.spinewise.ApiPerson;

/** Base of the clinic's API tests about a person who starts with no link to the clinic: they link to it, or write to it. */
abstract class UnlinkedPersonApiTest extends ClinicApiTest {

    protected ApiPerson person;

    UnlinkedPersonApiTest(String clinicName) {
        super(clinicName);
    }

    @BeforeEach
    void signUpThePerson() {
        person = ApiPerson.signUp(mvc, "UTC");
    }
}
