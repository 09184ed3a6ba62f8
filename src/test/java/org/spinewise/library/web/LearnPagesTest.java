package org.spinewise.library.web;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The learn and library pages as served, before any script runs. */
class LearnPagesTest extends ApiTest {

    @Test
    void aPageCitingAGuidelineNamesIt() {
        assertThat(page("/learn/keep-moving"))
                .contains("Source: NHS, back pain pages (nhs.uk/conditions/back-pain).")
                .doesNotContain("the clinic's article");
    }

    @Test
    void aPageCitingTheArticleNamesItsSection() {
        assertThat(page("/learn/why-backs-pop"))
                .contains(
                        "Source: the clinic's article, section \"Why Does My Lower Back Feel Like It Needs to Pop?\".");
    }

    @Test
    void aCrackTechniqueSaysCrackingIsOptionalAndUnrecommendedByGuidelines() {
        assertThat(page("/library/lying-spinal-twist"))
                .contains("an optional one")
                .contains("no clinical guideline recommends cracking or manipulating your own spine")
                .contains("never repeat it to chase a pop");
        assertThat(page("/library/pelvic-tilt")).doesNotContain("no clinical guideline recommends");
    }

    @Test
    void theFlareUpPlanIsAFormToPrintEvenWithoutScript() {
        String plan = page("/learn/flare-up-plan");

        assertThat(plan)
                .contains("<label for=\"plan-helps\">What helps me</label>")
                .contains("<textarea id=\"plan-helps\"")
                .contains("<label for=\"plan-avoid\">What I avoid during a flare-up</label>")
                .contains("<label for=\"plan-check-again\">When I check again</label>")
                .contains("<label for=\"plan-contacts\">Who I call</label>")
                .contains("<script type=\"module\" src=\"/js/flare-up-plan.js\"></script>")
                // the script shows the print button; without it the browser's own print is the way
                .contains("<button type=\"button\" data-action=\"print\" hidden>");
        // nothing of the plan is ever sent: no form to submit
        assertThat(plan).doesNotContainPattern("<form[^>]*method=\"post\"[^>]*>(?:(?!</form>).)*plan-helps");
    }

    @Test
    void otherPagesHaveNoPlan() {
        assertThat(page("/learn/keep-moving")).doesNotContain("plan-helps").doesNotContain("flare-up-plan.js");
    }

    private String page(String path) {
        Answer answer = get(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }
}
