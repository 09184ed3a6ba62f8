package org.spinewise.screening.web;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

/**
 * After an emergency or urgent result, the library, an exercise and the heat and cold coach say so until a new
 * check replaces it; after a self-care result they do not.
 */
class LastCheckCautionBrowserTest extends BrowserTest {

    private static final List<String> PAGES = List.of("/library", "/library/knee-to-chest", "/therapy");

    @Test
    void pagesThatOfferExerciseCautionAfterAnEmergencyResultUntilANewCheck() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            SafetyCheck.answer(page, 40, 3, "weeks", Set.of("bowel_bladder_change"));
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Get emergency help now");

            for (String path : PAGES) {
                tab.go(path);
                PlaywrightAssertions.assertThat(page.locator("[data-last-check-caution]"))
                        .isVisible();
                PlaywrightAssertions.assertThat(page.locator("[data-last-check-caution]"))
                        .containsText("advised getting medical help");
            }
            tab.checkAccessibilityAndScreenshot("therapy-after-emergency");

            tab.go("/screening");
            SafetyCheck.answer(page, 40, 3, "weeks", Set.of());
            for (String path : PAGES) {
                tab.go(path);
                page.waitForLoadState();
                PlaywrightAssertions.assertThat(page.locator("[data-last-check-caution]"))
                        .isHidden();
            }
        }
    }
}
