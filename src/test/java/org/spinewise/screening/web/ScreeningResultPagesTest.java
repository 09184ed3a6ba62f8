package org.spinewise.screening.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety check in Debian's headless Chromium, once for each disposition:
 * the result page says what to do, offers a routine only where self-guided
 * exercise is safe, keeps the outcome in localStorage only, passes axe-core
 * at phone and desktop width, and is kept as a screenshot. Forms sent with
 * missing answers come back with their errors, just as accessible.
 */
class ScreeningResultPagesTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EMERGENCY,        bowel_bladder_change, 40, 3, Get emergency help now,           Call your local emergency number,      false, R-CES-BLADDER",
        "URGENT,           fever,                40, 3, See a doctor today or tomorrow,   today or tomorrow,                     false, R-INFECTION-FEVER",
        "SEE_PROFESSIONAL, locked_back,          40, 3, Book a visit with a professional, Make an appointment,                   true,  R-LOCKED",
        "SELF_CARE,        '',                   40, 2, No warning signs in your answers, This check is not a diagnosis,         true,  ''",
    })
    @SuppressWarnings("unchecked")
    void resultPageForEachDisposition(
            String disposition,
            String yes,
            int age,
            int pain,
            String headline,
            String advice,
            boolean routineOffered,
            String firedRule) {
        try (BrowserTab tab = open()) {
            tab.go("/screening");
            SafetyCheck.answer(tab.page(), age, pain, "weeks", yes.isEmpty() ? Set.of() : Set.of(yes));

            PlaywrightAssertions.assertThat(tab.page().locator("h1")).hasText(headline);
            PlaywrightAssertions.assertThat(tab.page().locator(".disposition-" + disposition))
                    .containsText(advice);
            PlaywrightAssertions.assertThat(tab.page().locator("form[action='/routine']"))
                    .hasCount(routineOffered ? 1 : 0);

            Map<?, ?> stored = (Map<?, ?>) tab.stored("spinewise.lastScreening");
            assertThat(stored).as("spinewise.lastScreening").isNotNull();
            assertThat(stored.get("disposition")).isEqualTo(disposition);
            assertThat(stored.get("rulesVersion")).asString().isNotBlank();
            assertThat(stored.get("at")).asString().isNotBlank();
            assertThat((List<Object>) stored.get("firedRules"))
                    .containsExactlyElementsOf(firedRule.isEmpty() ? List.<Object>of() : List.<Object>of(firedRule));
            assertThat(tab.localStorage("spinewise.lastScreening"))
                    .as("no answers kept")
                    .doesNotContain("answers", "age");

            tab.checkAccessibilityAndScreenshot(
                    "result-" + disposition.toLowerCase().replace('_', '-'));
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void missingAnswersComeBackWithAnAccessibleErrorSummary() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            page.getByLabel("Your age in years").fill("40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my result"))
                    .click();

            Locator summary = page.locator("#error-summary");
            PlaywrightAssertions.assertThat(summary).isVisible();
            PlaywrightAssertions.assertThat(summary.locator("h2")).containsText("Please check");
            PlaywrightAssertions.assertThat(page.getByLabel("Your age in years"))
                    .hasValue("40");
            assertThat(tab.localStorage("spinewise.lastScreening"))
                    .as("nothing kept without a result")
                    .isNull();
            tab.checkAccessibilityAndScreenshot("screening-errors");

            // Every link in the summary leads to a field on the page.
            for (String href : summary.locator("a").all().stream()
                    .map(link -> link.getAttribute("href"))
                    .toList()) {
                PlaywrightAssertions.assertThat(page.locator("[id='" + href.substring(1) + "']"))
                        .hasCount(1);
            }
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void routineFormWithNoPlaceComesBackWithItsError() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            Locator form = page.locator("form[action='/routine']");
            for (Locator box : form.locator("input[name=positions]").all()) {
                box.uncheck();
            }
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Plan my routine"))
                    .click();

            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Build your routine");
            PlaywrightAssertions.assertThat(page.locator("#field-positions .error-message"))
                    .hasText("Choose at least one place where you can exercise.");
            tab.checkAccessibilityAndScreenshot("routine-builder-errors");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }
}
