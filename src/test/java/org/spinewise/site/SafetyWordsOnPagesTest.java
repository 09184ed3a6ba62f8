package org.spinewise.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

        String result = resultPage(form);

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

    /** No text of the rule book promises safety or waves a sign through. */
    @Test
    void theRuleBooksWordsPromiseNoSafety() {
        List<String> texts = new ArrayList<>();
        RULES.rules().forEach(rule -> {
            texts.add(rule.message());
            if (rule.sign() != null) {
                texts.add(rule.sign());
            }
        });
        RULES.advice()
                .values()
                .forEach(advice -> texts.addAll(List.of(advice.headline(), advice.heading(), advice.action())));
        RULES.questions().forEach(question -> texts.add(question.text()));

        assertThat(texts)
                .allSatisfy(text -> assertThat(text.toLowerCase(Locale.ROOT))
                        .doesNotContainPattern(
                                "\\bsafe\\b|\\bsafely\\b|fine for you|\\bis fine\\b|\\bare fine\\b|known to be"));
    }

    /**
     * When a higher disposition wins, the lower signs that fired too are named without their own
     * advice: no "book a visit" or "meanwhile stretch" under "call emergency services now".
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"cancer_history,leg_numbness_tingling", "fever,locked_back", "saddle_numbness,pain_below_knee"})
    void aHigherDispositionIsNotContradictedByTheSignsBelowIt(String answers) {
        String form = "age=3&painLevel=9&onset=month" + ApiRequests.everyAnswerNoAsForm();
        for (String answer : answers.split(",")) {
            form = form.replace("answers." + answer + "=no", "answers." + answer + "=yes");
        }

        String result = resultPage(form);

        String why = result.substring(result.indexOf("id=\"why-title\""));
        assertThat(why).contains("Also noted");
        assertThat(why.toLowerCase(Locale.ROOT))
                .doesNotContain(
                        "book a visit", "meanwhile", "stretches are fine", "make an appointment", "gentle stretches");
    }

    @Test
    void theResultPageCarriesTheCheckDisclaimer() {
        String form = "age=40&painLevel=2&onset=days" + ApiRequests.everyAnswerNoAsForm();

        String result = resultPage(form);

        assertThat(result).contains("data-disclaimer", "This check is not a diagnosis");
    }

    @Test
    void theHomePageListsTheEmergencySignsOfTheRuleBook() {
        String home = get("/").body();

        for (Rule rule : RULES.rulesRaising(Disposition.EMERGENCY)) {
            assertThat(home).contains("<li>" + rule.sign() + "</li>");
        }
    }

    @Test
    void theFlareUpPlanRepeatsTheEmergencySignsOfTheRuleBook() {
        String plan = get("/learn/flare-up-plan").body();

        for (Rule rule : RULES.rulesRaising(Disposition.EMERGENCY)) {
            assertThat(plan).contains(rule.sign());
        }
    }

    /** The safety check's result page for a form as the page sends it. */
    private String resultPage(String form) {
        return perform(MockMvcRequestBuilders.post("/screening")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form))
                .body();
    }
}
