package org.spinewise.screening.web;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words a person tripped on: "within the limits below" with no limit below, the same heading twice on the
 * safety check, and the rule book's version string on the result (kept for support as a data attribute only).
 */
class PersonWordingBrowserTest extends BrowserTest {

    private static final String LIMITS_BELOW = "within the limits below";

    @Test
    void stretchesAreWithinTheLimitsBelowOnlyWhenLimitsAreListedBelow() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            assertThat(page.locator("#safe-title + ul")).containsText("Gentle stretches, stopping if anything hurts.");
            assertThat(page.locator("main")).not().containsText(LIMITS_BELOW);
            assertThat(page.locator("main")).not().containsText("Rules version");
            assertThat(page.locator("#screening-result")).hasAttribute("data-rules-version", TestRules.VERSION);
            tab.checkAccessibilityAndScreenshot("result-self-care-wording");

            page = tab.go("/screening");
            page.getByLabel("Osteoporosis").check();
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            assertThat(page.locator("#safe-title + ul")).containsText(LIMITS_BELOW);
            assertThat(page.locator("#safe-title ~ h3 + ul li").first()).isVisible();
        }
    }

    @Test
    void noHeadingIsShownTwiceOnTheSafetyCheck() {
        try (BrowserTab tab = open()) {
            for (String language : List.of("en", "es")) {
                Page page = tab.go("/screening?lang=" + language);
                List<String> legends = page.locator("form > fieldset > legend").allTextContents().stream()
                        .map(String::strip)
                        .toList();
                assertThat(legends)
                        .as("the sections' headings in %s", language)
                        .hasSizeGreaterThan(3)
                        .doesNotHaveDuplicates();
            }
        }
    }

    /** The rule book's version, which the API and the export carry. */
    private static final class TestRules {
        static final String VERSION = org.spinewise.TestContent.RULES.version();
    }
}
