package org.spinewise.reminders.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.TestContent;
import org.spinewise.library.Position;
import org.spinewise.planner.Goal;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.reminders.RemindersContextTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** reminders-api.md, "The desk routine": {@code /routine/desk} honours the person's latest kept screening. */
public class DeskRoutinePageTest extends RemindersContextTest {

    private static final String DESK = "/routine/desk";

    static JsonNode example(boolean selfGuided) {
        return ApiRequests.examples("screenings.json").stream()
                .filter(example -> example.path("expected")
                                .path("restrictions")
                                .path("selfGuidedExercise")
                                .asBoolean()
                        == selfGuided)
                .findFirst()
                .orElseThrow()
                .path("request");
    }

    @Test
    void withoutAKeptScreeningItAsksForASafetyCheckFirst() {
        for (ApiPerson visitor : new ApiPerson[] {ApiPerson.anonymous(mvc), ApiPerson.signUp(mvc, "UTC")}) {
            Answer page = visitor.get(DESK);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("href=\"/screening\"").doesNotContain("data-walk");
        }
    }

    @Test
    void plansTheChairItemsOfATwoMinuteDeskBreakForTheLatestScreeningThenAWalk() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        JsonNode screening = example(true);
        assertThat(person.postJson("/api/v1/screening-history", ApiRequests.write(screening))
                        .status())
                .isEqualTo(201);
        Plan expected = TestContent.PLANNER.plan(new PlanRequest(
                TestContent.ENGINE.evaluate(TestContent.screeningInput(screening)),
                screening.path("painLevel").asInt(),
                Set.of(Position.CHAIR),
                2,
                Goal.DESK_BREAK));
        assertThat(expected.items()).isNotEmpty();

        String page = person.get(DESK).body();
        assertThat(page).contains("data-desk-routine").contains("walk for a minute");
        int at = 0;
        for (var item : expected.items()) {
            String link = "href=\"/library/" + item.exerciseId() + "\"";
            assertThat(page.indexOf(link, at)).as(item.exerciseId()).isGreaterThan(at);
            at = page.indexOf(link, at);
        }
        assertThat(page.indexOf("data-walk")).isGreaterThan(at);
    }

    @Test
    void aScreeningThatRulesOutSelfGuidedExerciseGivesNoMoves() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        person.postJson("/api/v1/screening-history", ApiRequests.write(example(true)));
        person.postJson("/api/v1/screening-history", ApiRequests.write(example(false)));
        String page = person.get(DESK).body();
        assertThat(page).doesNotContain("data-desk-routine").contains("no moves");
    }
}
