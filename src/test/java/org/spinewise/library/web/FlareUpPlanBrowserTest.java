package org.spinewise.library.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flare-up plan in Debian's headless Chromium: what a person writes is
 * still there after a reload (kept in this browser only), it prints alone,
 * and without its script the form is still there to print and fill in by hand.
 */
class FlareUpPlanBrowserTest extends BrowserTest {

    private static final String PATH = "/learn/flare-up-plan";

    /** What a person writes in the plan, by each field's label. */
    private static final Map<String, String> PLAN = Map.of(
            "What helps me", "A short walk every hour; heat for 15 minutes.",
            "What I avoid during a flare-up", "Lifting the shopping.",
            "When I check again", "Not easing after two weeks: call the GP.",
            "Who I call", "GP surgery 01234 567890");

    @Test
    void whatIsWrittenIsKeptAcrossAReloadAndPrintsWithoutTheSite() {
        try (BrowserTab tab = open()) {
            Page page = tab.go(PATH);
            PlaywrightAssertions.assertThat(page.locator("#flare-up-plan")).hasAttribute("data-state", "ready");

            PLAN.forEach((label, text) -> page.getByLabel(label).fill(text));
            page.reload();

            PlaywrightAssertions.assertThat(page.locator("#flare-up-plan")).hasAttribute("data-state", "ready");
            PLAN.forEach((label, text) ->
                    PlaywrightAssertions.assertThat(page.getByLabel(label)).hasValue(text));
            Map<?, ?> kept = (Map<?, ?>) tab.stored("spinewise.flareUpPlan");
            assertThat(kept.get("avoid")).isEqualTo(PLAN.get("What I avoid during a flare-up"));
            Locator print = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print the plan"));
            PlaywrightAssertions.assertThat(print).isVisible();
            tab.checkAccessibilityAndScreenshot("learn-flare-up-plan");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            PlaywrightAssertions.assertThat(page.locator(".site-header")).isHidden();
            PlaywrightAssertions.assertThat(page.locator(".site-footer")).isHidden();
            PlaywrightAssertions.assertThat(page.locator("h1")).isHidden();
            PlaywrightAssertions.assertThat(print).isHidden();
            PlaywrightAssertions.assertThat(page.getByLabel("Who I call")).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Not a flare-up:")).isVisible();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void withoutItsScriptThePlanIsStillThereToPrintByHand() {
        try (BrowserTab tab = open()) {
            tab.page().route("**/js/flare-up-plan.js", route -> route.abort());
            Page page = tab.go(PATH);

            PlaywrightAssertions.assertThat(page.getByLabel("What helps me")).isEditable();
            PlaywrightAssertions.assertThat(page.getByLabel("Who I call")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#flare-up-plan")).hasAttribute("data-state", "static");
            // neither a print button that could not work nor a promise to keep what is typed
            PlaywrightAssertions.assertThat(page.locator("[data-action=print]")).isHidden();
            PlaywrightAssertions.assertThat(page.locator("[data-out=kept]")).isHidden();
        }
    }
}
