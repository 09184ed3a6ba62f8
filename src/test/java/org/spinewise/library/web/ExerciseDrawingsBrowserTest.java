package org.spinewise.library.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.TestContent;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.RoutinePlayer;
import org.spinewise.support.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person found: the drawings did not explain the movement (one small stick figure). On a 390-pixel phone
 * each exercise's drawing fills the content width of its library page and of the player, says its start and end
 * poses in the page's language, and stays on a light panel in the dark colour scheme.
 */
class ExerciseDrawingsBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void eachLibraryPageShowsItsDrawingLargeOnAPhoneWithBothPosesInWords(String lang) {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.setViewportSize(390, 844);
            for (String id : TestContent.TECHNIQUE_IDS) {
                tab.go("/library/" + id + "?lang=" + lang);
                Locator drawing = page.locator("main img.illustration");
                assertDrawn(drawing, id, lang);
                assertThat(drawing.boundingBox().width)
                        .as("%s fills the content width", id)
                        .isGreaterThanOrEqualTo(page.locator("main h1").boundingBox().width - 1);
            }
            tab.go("/library/knee-to-chest?lang=" + lang);
            tab.checkAccessibilityAndScreenshot("library-drawing-" + lang);
        }
    }

    @Test
    void theDrawingStaysOnALightPanelInTheDarkScheme() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            tab.go("/library/pelvic-tilt");
            Locator drawing = page.locator("main img.illustration");
            PlaywrightAssertions.assertThat(drawing).isVisible();
            String background = (String) drawing.evaluate("image => getComputedStyle(image).backgroundColor");
            String page_ = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
            assertThat(luminance(page_)).as("the page is dark").isLessThan(0.2);
            assertThat(luminance(background))
                    .as("the drawing's panel (%s) is light", background)
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void thePlayerShowsEachDrawingLargeOnAPhoneWithBothPosesInWords() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            SafetyCheck.answer(page, 40, 2, "weeks", java.util.Set.of());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your routine");
            page.setViewportSize(390, 844);
            RoutinePlayer.startAndPause(page);
            Locator drawing = page.locator("[data-out=image]");
            assertDrawn(drawing, "pelvic-tilt", "en");
            assertThat(drawing.boundingBox().width).isGreaterThanOrEqualTo(300);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Skip").setExact(true))
                    .click();
            assertDrawn(drawing, "seated-trunk-rotation", "en");
            tab.checkAccessibilityAndScreenshot("player-drawing");
        }
    }

    /** Loaded, at least 300 CSS pixels wide, and its alt says the start and the end pose. */
    private static void assertDrawn(Locator drawing, String id, String lang) {
        PlaywrightAssertions.assertThat(drawing).hasAttribute("src", "/img/exercises/" + id + ".svg");
        drawing.page().waitForFunction("image => image.complete && image.naturalWidth > 0", drawing.elementHandle());
        assertThat(drawing.boundingBox().width).as("%s on a phone", id).isGreaterThanOrEqualTo(300);
        String alt = drawing.getAttribute("alt");
        if (lang.equals("es")) {
            assertThat(alt).as(id).contains("Inicio", "Final", "flecha");
        } else {
            assertThat(alt).as(id).contains("Start", "End", "arrow");
        }
    }

    /** Relative luminance (0 black to 1 white) of a CSS {@code rgb(...)} colour. */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
