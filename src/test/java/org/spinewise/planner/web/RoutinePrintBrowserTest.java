package org.spinewise.planner.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.RoutinePlayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.planner.web.PlayerJourneyTest.itemsIn;
import static org.spinewise.planner.web.PlayerJourneyTest.routine;

/**
 * What a person found: printing a routine showed the navigation and the pain buttons and hid the steps. Printed,
 * the routine page and the kept routine ({@code /routine}) show every step with its dose and drawing, and no
 * navigation, search, player, pain scale or stop button; on screen nothing changes.
 */
class RoutinePrintBrowserTest extends BrowserTest {

    @Test
    void aPrintedRoutineHasEveryStepDoseAndDrawingAndNoControls() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            int items = itemsIn(page);
            RoutinePlayer.startAndPause(page);
            Locator stop = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts, stop"));
            PlaywrightAssertions.assertThat(stop).isVisible();
            PlaywrightAssertions.assertThat(page.locator(".step-drawing").first())
                    .isHidden();

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertPrinted(page, items);
            PlaywrightAssertions.assertThat(stop).isHidden();
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "screenshots", "routine-print.png")));
            byte[] pdf = page.pdf(
                    new Page.PdfOptions().setPath(java.nio.file.Path.of("target", "screenshots", "routine-print.pdf")));
            int pages =
                    new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).split("/Type\\s*/Page[^s]", -1).length
                            - 1;
            assertThat(pages).as("pages of the printed routine").isBetween(1, items);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            page = tab.go("/routine");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your last routine");
            PlaywrightAssertions.assertThat(page.locator("[data-out=kept-steps] li"))
                    .hasCount(items);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertPrinted(page, items);
            PlaywrightAssertions.assertThat(page.locator("[data-confirm-signs]"))
                    .isHidden();
        }
    }

    private static void assertPrinted(Page page, int items) {
        PlaywrightAssertions.assertThat(page.locator(".site-header")).isHidden();
        for (Locator navigation : page.locator("nav").all()) {
            PlaywrightAssertions.assertThat(navigation).isHidden();
        }
        PlaywrightAssertions.assertThat(page.locator("#site-search")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#player")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("[data-pain=before]")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("[data-action=hurts]")).isHidden();
        Locator steps = page.locator("li.routine-step");
        PlaywrightAssertions.assertThat(steps).hasCount(items);
        for (int i = 0; i < items; i++) {
            Locator step = steps.nth(i);
            PlaywrightAssertions.assertThat(step.locator("a")).isVisible();
            PlaywrightAssertions.assertThat(step.locator(".source")).isVisible();
            PlaywrightAssertions.assertThat(step.locator(".source")).containsText(" seconds");
            Locator drawing = step.locator("img.step-drawing");
            PlaywrightAssertions.assertThat(drawing).isVisible();
            page.waitForFunction("image => image.complete && image.naturalWidth > 0", drawing.elementHandle());
            assertThat(drawing.boundingBox().width)
                    .as("drawing of step %d", i + 1)
                    .isGreaterThan(150);
            assertThat(step.evaluate("step => getComputedStyle(step).breakInside"))
                    .isEqualTo("avoid");
        }
    }
}
