package org.spinewise.planner.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /routine/{id}} screens the kept answers again when it is opened, and only its owner opens it: any
 * other id, well formed or not, is as unknown as one never made.
 */
class PlannedRoutinePageTest extends ApiTest {

    // The person ticks "Keep this check in my history": a routine is kept only from a kept check.
    private static final String HEALTHY_FORM =
            "age=40&painLevel=2&onset=days" + ApiRequests.everyAnswerNoAsForm() + "&keepCheck=yes";
    private static final String PASSWORD = "quiet-river-stone-42";

    @Autowired
    JdbcClient jdbc;

    private String plannedBy(ApiPerson person, String email) {
        person.signUp(email, PASSWORD);
        assertThat(person.planOnThePages(
                                HEALTHY_FORM, "positions=CHAIR&positions=LYING&minutes=10&goal=RELIEVE_TENSION")
                        .status())
                .as("planning leads to the routine's own address")
                .isEqualTo(302);
        UUID id = jdbc.sql("SELECT p.id FROM routine_plan p JOIN account a ON a.id = p.account_id WHERE a.email = ?")
                .param(email)
                .query(UUID.class)
                .single();
        return "/routine/" + id;
    }

    @Test
    void theKeptAnswersAreScreenedAgainWhenTheRoutineIsOpened() {
        String email = "again-" + UUID.randomUUID() + "@example.org";
        ApiPerson person = ApiPerson.from(mvc, "10.9.1.1");
        String address = plannedBy(person, email);
        assertThat(person.get(address).body()).contains("Start routine").doesNotContain("get checked by a doctor");

        // as if today's rules read the same answers differently: a warning sign now stops every exercise
        ObjectNode request = ApiRequests.plan();
        ApiRequests.answers(ApiRequests.nested(request)).put("bowel_bladder_change", true);
        jdbc.sql("UPDATE routine_plan SET request = ? WHERE id = ?")
                .params(ApiRequests.write(request), UUID.fromString(address.substring("/routine/".length())))
                .update();

        ApiTest.Answer reopened = person.get(address);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.body())
                .contains("Your safety check says to get checked by a doctor first.")
                .doesNotContain("Start routine");
    }

    @Test
    void onlyItsOwnerOpensARoutine() {
        ApiPerson owner = ApiPerson.from(mvc, "10.9.1.2");
        String address = plannedBy(owner, "owner-" + UUID.randomUUID() + "@example.org");

        ApiPerson other = ApiPerson.from(mvc, "10.9.1.3");
        other.signUp("other-" + UUID.randomUUID() + "@example.org", PASSWORD);
        assertThat(other.get(address).status()).isEqualTo(404);
        assertThat(other.get("/routine/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(other.get("/routine/not-an-id").status()).isEqualTo(404);
        assertThat(owner.get(address).status()).isEqualTo(200);

        assertThat(ApiPerson.from(mvc, "10.9.1.4").get(address).status())
                .as("signed out: to the sign-in page, which comes back here")
                .isEqualTo(302);
    }
}
