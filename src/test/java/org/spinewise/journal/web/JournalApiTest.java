package org.spinewise.journal.web;

import java.util.Set;

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

    /** Both journal lists read their bounds as days (account-api.md): each malformed bound is named, nothing else. */
    protected void assertMalformedListBoundsAreNamed(String list) {
        assertBadRequest(ann.get(list + "?from=2026-1-1"), Set.of("from"));
        assertBadRequest(ann.get(list + "?from=2026-11"), Set.of("from"));
        assertBadRequest(ann.get(list + "?to=tomorrow"), Set.of("to"));
        assertBadRequest(ann.get(list + "?to=2026-11-31"), Set.of("to"));
        assertBadRequest(ann.get(list + "?from=x&to=y"), Set.of("from", "to"));
        assertBadRequest(ann.get(list + "?from=2026-11-20&from=2026-11-21"), Set.of("from"));
        assertBadRequest(ann.get(list + "?from=2026-11-21&to=2026-11-20"), Set.of("to"));
        assertBadRequest(ann.get(list + "?from="), Set.of("from"));
    }
}
