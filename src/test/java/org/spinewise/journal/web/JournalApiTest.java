package org.spinewise.journal.web;

import org.junit.jupiter.api.BeforeEach;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;

/** Base of the journal's API tests: each test acts as Ann, a new account in UTC, so no test sees another's days. */
abstract class JournalApiTest extends ApiTest {

    protected ApiPerson ann;

    @BeforeEach
    void signUp() {
        ann = ApiPerson.signUp(mvc, "UTC");
    }
}
