package org.spinewise.history.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A safety check and a routine done on their pages are kept for a signed-in person who ticks "Keep this check
 * in my history", and for nobody else.
 */
class PageHistoryTest extends ApiTest {

    private static final String HEALTHY_FORM = "age=40&painLevel=2&onset=days" + ApiRequests.everyAnswerNoAsForm();
    private static final String KEEP = "&keepCheck=yes";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInPersonsPageCheckIsKept() {
        ApiPerson person = ApiPerson.from(mvc, "10.9.0.1");
        assertThat(person.signUp("page-" + UUID.randomUUID() + "@example.org", "quiet-river-stone-42")
                        .status())
                .isEqualTo(201);

        assertThat(person.submitForm("/screening", "/screening", HEALTHY_FORM + KEEP)
                        .status())
                .isEqualTo(200);

        JsonNode history = assertOkJson(person.get("/api/v1/screening-history"));
        assertThat(history.path("items")).hasSize(1);
        assertThat(history.path("items").get(0).path("disposition").asString()).isEqualTo("SELF_CARE");
    }

    @Test
    void aSignedInPersonsCheckWithoutTheBoxTickedIsNotKeptNorIsItsRoutine() {
        ApiPerson person = ApiPerson.from(mvc, "10.9.0.5");
        person.signUp("unkept-" + UUID.randomUUID() + "@example.org", "quiet-river-stone-42");

        assertThat(person.planOnThePages(HEALTHY_FORM, "positions=CHAIR&minutes=5&goal=DESK_BREAK")
                        .status())
                .as("played on the spot, with no address of its own")
                .isEqualTo(200);
        JsonNode export = assertOkJson(person.get("/api/v1/export"));
        assertThat(export.path("screenings")).isEmpty();
        assertThat(export.path("routines")).isEmpty();
    }

    @Test
    void anAnonymousPageCheckStoresNothing() {
        long before = records(); // even when the form says to keep it: there is no account to keep it for

        assertThat(ApiPerson.from(mvc, "10.9.0.2")
                        .submitForm("/screening", "/screening", HEALTHY_FORM + KEEP)
                        .status())
                .isEqualTo(200);

        assertThat(records()).isEqualTo(before);
    }

    @Test
    void aSignedInPersonsPlannedRoutineIsKeptAndExported() {
        ApiPerson person = ApiPerson.from(mvc, "10.9.0.3");
        person.signUp("routine-" + UUID.randomUUID() + "@example.org", "quiet-river-stone-42");

        var routine = person.planOnThePages(
                HEALTHY_FORM + KEEP, "positions=CHAIR&positions=LYING&minutes=10&goal=RELIEVE_TENSION");

        assertThat(routine.status()).isEqualTo(302);
        JsonNode routines = assertOkJson(person.get("/api/v1/export")).path("routines");
        assertThat(routines).hasSize(1);
        assertThat(routines.get(0).path("plan").path("items")).isNotEmpty();
        assertThat(routines.get(0).path("request").path("minutes").asInt()).isEqualTo(10);
    }

    @Test
    void anAnonymousRoutineStoresNothing() {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM routine_plan").query(Long.class).single();
        ApiPerson visitor = ApiPerson.from(mvc, "10.9.0.4");

        assertThat(visitor.planOnThePages(HEALTHY_FORM, "positions=CHAIR&minutes=5&goal=DESK_BREAK")
                        .status())
                .isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM routine_plan")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private long records() {
        return jdbc.sql("SELECT COUNT(*) FROM screening_record")
                .query(Long.class)
                .single();
    }
}
