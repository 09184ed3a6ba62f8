package org.spinewise.site;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a person meets with JavaScript off, and on: sign-up offers the time zone as a visible choice (the
 * script only chooses the browser's own first), and the heat and cold coach, which needs the script, gives
 * way to its written guidance (how long, how often, the safety checklist) instead of showing dead controls.
 */
class WithoutJavaScriptBrowserTest extends BrowserTest {

    @Test
    void signUpWithoutJavaScriptKeepsTheTimeZoneChosen() {
        try (BrowserTab tab = open(options -> options.setJavaScriptEnabled(false))) {
            Page page = tab.go("/signup");
            assertThat(page.getByLabel("Time zone")).isVisible();
            assertThat(page.getByLabel("Time zone")).hasValue("UTC");

            page.getByLabel("Email").fill("nojs-" + UUID.randomUUID() + "@example.org");
            page.getByLabel("Password").fill("quiet orchard lantern 42");
            page.getByLabel("Time zone").selectOption("Europe/Madrid");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();

            page.waitForURL("**/me?welcome");
            assertThat(page.locator(".lead")).containsText("Times are shown in Europe/Madrid.");
        }
    }

    @Test
    void signUpWithJavaScriptChoosesTheBrowsersTimeZoneVisibly() {
        try (BrowserTab tab = open(options -> options.setTimezoneId("America/Lima"))) {
            Page page = tab.go("/signup");
            assertThat(page.getByLabel("Time zone")).hasValue("America/Lima");
            assertThat(page.getByLabel("Time zone")).isVisible();
        }
    }

    @Test
    void theCoachWithoutJavaScriptShowsItsWrittenGuidanceInstead() {
        try (BrowserTab tab = open(options -> options.setJavaScriptEnabled(false))) {
            for (BrowserTab.Viewport size : new BrowserTab.Viewport[] {BrowserTab.PHONE, BrowserTab.DESKTOP}) {
                Page page = tab.page();
                page.setViewportSize(size.width(), size.height());
                tab.go("/therapy");
                assertThat(page.locator("#coach")).isHidden();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")))
                        .isHidden();
                assertThat(page.locator("[data-guidance]")).isVisible();
                assertThat(page.locator("[data-guidance]"))
                        .containsText("use a kitchen timer: 15 minutes, never more than 20.");
                assertThat(page.locator("[data-guidance]"))
                        .containsText("Leave about two hours between two cold sessions.");
                assertThat(page.locator("[data-guidance]"))
                        .containsText("I am awake and will stay awake: not in bed, not drowsy.");
            }
        }
    }

    /**
     * axe-core runs in the page's own JavaScript, which a context without JavaScript never runs (its evaluate
     * waits forever). So each page is checked as it is without JavaScript in a tab that runs axe alone: the
     * page's scripts are not loaded and each {@code <noscript>} is put in place of its content, as a browser
     * without JavaScript shows it.
     */
    @Test
    void thePagesAsShownWithoutJavaScriptHaveNoAccessibilityViolation() {
        for (String path : new String[] {"/signup", "/therapy"}) {
            try (BrowserTab tab = open()) {
                tab.page().route("**/js/**", route -> route.abort());
                Page page = tab.go(path);
                page.evaluate("document.querySelectorAll('noscript').forEach(n => {"
                        + " const t = document.createElement('template'); t.innerHTML = n.textContent;"
                        + " n.replaceWith(t.content); })");
                if (path.equals("/therapy")) {
                    assertThat(page.locator("[data-guidance]")).isVisible();
                    assertThat(page.locator("#coach")).isHidden();
                }
                tab.checkAccessibilityAndScreenshot(path.substring(1) + "-no-js");
            }
        }
    }

    @Test
    void theCoachWithJavaScriptShowsItsControlsAndNoGuidanceBlock() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/therapy");
            assertThat(page.locator("#coach")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")))
                    .isVisible();
            assertThat(page.locator("[data-guidance]")).hasCount(0);
        }
    }
}
