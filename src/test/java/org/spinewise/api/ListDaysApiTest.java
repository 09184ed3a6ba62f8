package org.spinewise.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list that takes {@code from} and {@code to} (account-api.md, "Conventions") reads them alike: the same
 * query answers the same status, naming the same fields, on each of them.
 */
class ListDaysApiTest extends ApiTest {

    static final List<String> LISTS = List.of(
            "/api/v1/checkins",
            "/api/v1/cracks",
            "/api/v1/routine-runs",
            "/api/v1/screening-history",
            "/api/v1/therapy-sessions");

    /**
     * A query as its parameters (sent as given, no URL encoding in between) and the fields a 400 names; none
     * for a 200.
     */
    record Query(String text, Set<String> rejected) {

        @Override
        public String toString() {
            return "?" + text + (rejected.isEmpty() ? " answers 200" : " names " + rejected);
        }
    }

    static final List<Query> QUERIES = List.of(
            ok(""),
            ok("from=2026-11-20"),
            ok("to=2026-11-20"),
            ok("from=2026-11-20&to=2026-11-20"),
            ok("from=2026-11-20&to=2026-11-21"),
            ok("from=1900-01-01&to=9999-12-31"),
            bad("from=", "from"),
            bad("to=", "to"),
            bad("from=&to=", "from", "to"),
            bad("from= ", "from"),
            bad("from=2026-1-1", "from"),
            bad("to=2026-02-30", "to"),
            bad("from=x&to=y", "from", "to"),
            bad("from=2026-11-20T00:00:00Z", "from"),
            bad("from=12026-11-20", "from"),
            bad("from=2026-11-20&from=2026-11-21", "from"),
            bad("from=2026-11-21&to=2026-11-20", "to"),
            bad("from=1899-12-31", "from"),
            bad("to=0001-01-01", "to"),
            bad("from=1899-12-31&to=2026-11-20", "from"),
            bad("from=2026-11-20&to=1899-12-31", "to"));

    /** Never stores anything: every list is empty or refused. */
    private static ApiPerson person;

    @BeforeEach
    void signUp() {
        if (person == null) {
            person = ApiPerson.signUp(mvc, "Pacific/Kiritimati");
        }
    }

    static Stream<Arguments> listsAndQueries() {
        return LISTS.stream().flatMap(list -> QUERIES.stream().map(query -> Arguments.of(list, query)));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("listsAndQueries")
    void everyListReadsItsDaysAlike(String list, Query query) {
        Answer answer = person.perform(request(list, query.text()));
        if (query.rejected().isEmpty()) {
            assertThat(assertOkJson(answer).path("items").isArray()).isTrue();
        } else {
            assertBadRequest(answer, query.rejected());
        }
    }

    private static MockHttpServletRequestBuilder request(String list, String query) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(list);
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = parameter.indexOf('=');
            request.param(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return request;
    }

    private static Query ok(String text) {
        return new Query(text, Set.of());
    }

    private static Query bad(String text, String... rejected) {
        return new Query(text, Set.of(rejected));
    }
}
