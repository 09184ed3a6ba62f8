package org.spinewise.screening.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;
import org.spinewise.support.SignUpPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety check says truthfully what happens to the answers: an anonymous person's are used for the result
 * only; a signed-in person chooses with a box whether the check is kept in their history, off until they give
 * their consent, which is then remembered as the box's default and can be taken back on the page.
 */
class ScreeningConsentBrowserTest extends BrowserTest {

    private static final String KEEP = "Keep this check in my history";
    private static final Pattern OWN_ADDRESS = Pattern.compile(".*/routine/[0-9a-f-]{36}$");

    @Test
    void anAnonymousPersonReadsThatTheAnswersAreUsedForTheResultOnly() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            assertThat(page.locator(".privacy-note"))
                    .hasText("Your answers are used for this result only; the server does not keep them.");
            assertThat(page.getByLabel(KEEP)).hasCount(0);
        }
    }

    @Test
    void withoutConsentNothingIsKeptAndItsRoutinePlaysWithoutBeingKept() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/screening");
            assertThat(page.getByLabel(KEEP)).not().isChecked();
            assertThat(page.locator(".privacy-note")).hasCount(0);
            assertThat(page.locator("#keep-check-why")).containsText("/routine/");
            tab.checkAccessibilityAndScreenshot("screening-keep-box");

            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            assertThat(page.locator("[data-check-kept]")).hasAttribute("data-check-kept", "false");
            assertThat(page.locator("[data-check-kept]")).containsText("This check is not kept");
            tab.checkAccessibilityAndScreenshot("result-not-kept");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                    .click();
            assertThat(page.locator("h1")).hasText("Your routine");
            assertThat(page.locator("#player")).isVisible();
            assertThat(page).not().hasURL(OWN_ADDRESS);

            Map<?, ?> export = (Map<?, ?>) SignUpPage.fetchJson(tab, "/api/v1/export");
            assertThat((List<?>) export.get("screenings")).as("screenings kept").isEmpty();
            assertThat((List<?>) export.get("routines")).as("routines kept").isEmpty();
            tab.go("/screening");
            assertThat(page.getByLabel(KEEP)).not().isChecked();
        }
    }

    @Test
    void aTickedCheckIsKeptAndTheConsentBecomesTheDefaultUntilTakenBack() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/screening");
            SafetyCheck.answerAndKeep(page, 40, 2, "weeks", Set.of());
            assertThat(page.locator("[data-check-kept]")).hasAttribute("data-check-kept", "true");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                    .click();
            page.waitForURL(OWN_ADDRESS);
            assertThat(exported(tab, "screenings")).hasSize(1);
            assertThat(exported(tab, "routines")).hasSize(1);

            page = tab.go("/screening");
            Locator box = page.getByLabel(KEEP);
            assertThat(box).isChecked(); // the consent is remembered
            box.uncheck(); // taken back on the page
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            assertThat(page.locator("[data-check-kept]")).hasAttribute("data-check-kept", "false");
            assertThat(exported(tab, "screenings"))
                    .as("the unticked check is not kept")
                    .hasSize(1);
            tab.go("/screening");
            assertThat(page.getByLabel(KEEP)).not().isChecked();
        }
    }

    private static List<?> exported(BrowserTab tab, String kind) {
        return (List<?>) ((Map<?, ?>) SignUpPage.fetchJson(tab, "/api/v1/export")).get(kind);
    }
}
