package org.spinewise.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.RULES;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** What every page says about the limits of its advice, and where lists of signs come from. */
class SafetyWordsOnPagesTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/screening",
                "/library",
                "/learn",
                "/learn/keep-moving",
                "/learn/when-to-seek-help",
                "/therapy",
                "/privacy"
            })
    void everyPageNamesWhoReviewedTheClinicalContentAndWhen(String path) {
        String page = get(path).body();

        assertThat(page)
                .contains(
                        "data-review",
                        "Clinical content reviewed by " + RULES.review().by() + " on 5 December 2026");
        assertThat(page).contains("not a diagnosis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"weeks", "month"})
    void aBoutOfFourWeeksOrMoreOnTheFormAsksForAVisit(String onset) {
        String form = "age=40&painLevel=2&onset=" + onset + ApiRequests.everyAnswerNoAsForm();

        String result = perform(MockMvcRequestBuilders.post("/screening")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form))
                .body();

        String notSettling = RULES.rule("R-NOT-SETTLING").orElseThrow().message();
        if (onset.equals("month")) {
            assertThat(result)
                    .contains(RULES.advice(Disposition.SEE_PROFESSIONAL).headline(), notSettling);
        } else {
            assertThat(result)
                    .contains(RULES.advice(Disposition.SELF_CARE).headline())
                    .doesNotContain(notSettling);
        }
    }

    @Test
    void theHomePageListsTheEmergencySignsOfTheRuleBook() {
        String home = get("/").body();

        for (Rule rule : RULES.rulesRaising(Disposition.EMERGENCY)) {
            assertThat(home).contains("<li>" + rule.sign().replace("'", "&#39;") + "</li>");
        }
    }

    @Test
    void theFlareUpPlanRepeatsTheEmergencySignsOfTheRuleBook() {
        String plan = get("/learn/flare-up-plan").body();

        for (Rule rule : RULES.rulesRaising(Disposition.EMERGENCY)) {
            assertThat(plan).contains(rule.sign().replace("'", "&#39;"));
        }
    }
}
