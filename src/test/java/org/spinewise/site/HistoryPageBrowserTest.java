package org.spinewise.site;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /history} with something stored in this browser: it shows the last safety check, the routines and
 * the heat and cold sessions, and "Forget everything on this device" forgets them, as the privacy page
 * promises.
 */
class HistoryPageBrowserTest extends BrowserTest {

    private static final String STORED = """
            () => {
              localStorage.setItem('spinewise.lastScreening',
                JSON.stringify({ at: '2026-12-01T09:30:00Z', disposition: 'SEE_PROFESSIONAL' }));
              localStorage.setItem('spinewise.sessions', JSON.stringify([
                { at: '2026-12-01T10:00:00Z', seconds: 600, painBefore: 6, painAfter: 4 },
                { at: '2026-12-02T10:00:00Z', seconds: 300, painBefore: 5, stoppedBecause: 'numbness' }]));
              localStorage.setItem('spinewise.therapySessions', JSON.stringify([
                { startedAt: '2026-12-02T11:00:00Z', kind: 'HEAT', minutes: 15, finished: true }]));
              localStorage.setItem('spinewise.flareUpPlan', JSON.stringify({ calm: 'walk slowly' }));
            }""";

    @Test
    void showsWhatThisBrowserKeepsAndForgetsItOnRequest() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/history");
            page.evaluate(STORED);
            page.reload();

            PlaywrightAssertions.assertThat(page.locator("#history")).hasAttribute("data-state", "ready");
            PlaywrightAssertions.assertThat(page.locator("[data-out=last-check]"))
                    .containsText("book a visit");
            PlaywrightAssertions.assertThat(page.locator("[data-out=sessions] tbody tr"))
                    .hasCount(2);
            PlaywrightAssertions.assertThat(
                            page.locator("[data-out=sessions] tbody tr").first())
                    .containsText("numbness or tingling");
            PlaywrightAssertions.assertThat(page.locator("[data-out=no-sessions]"))
                    .isHidden();
            PlaywrightAssertions.assertThat(page.locator("[data-out=therapy] tbody tr"))
                    .hasCount(1);
            tab.checkAccessibilityAndScreenshot("history-stored");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forget everything on this device"))
                    .click();

            PlaywrightAssertions.assertThat(page.locator("[data-out=no-sessions]"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("[data-out=no-therapy]"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("[data-out=last-check]"))
                    .containsText("None yet");
            assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('spinewise.'))"))
                    .asList()
                    .isEmpty();
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }
}
