package org.spinewise.planner.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player speaks in the page's language, in Debian's headless Chromium: the person has chosen a language
 * (the {@code lang} cookie) before planning, and each utterance handed to {@code speechSynthesis.speak} carries
 * that language and its words. Also checks the Spanish and English routine page with axe.
 */
class PlayerLanguageTest extends BrowserTest {

    /** Records each utterance's text and language instead of speaking (headless Chromium has no voices). */
    private static final String RECORD_SPEECH = """
            window.spokenCues = [];
            if ('speechSynthesis' in window) {
              window.speechSynthesis.speak = (utterance) => {
                window.spokenCues.push({ text: utterance.text, lang: utterance.lang });
              };
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "es, Tu rutina, Leer los pasos en voz alta, Empezar la rutina, Mantén, segundos",
        "en, Your routine, Speak the steps aloud, Start routine, Hold for, seconds",
    })
    void spokenCuesUseThePagesLanguage(
            String lang, String heading, String speech, String start, String holdWord, String secondsWord) {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.addInitScript(RECORD_SPEECH);
            tab.go("/screening");
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
            page.context().addCookies(List.of(new Cookie("lang", lang).setUrl(tab.url("/"))));
            page.evaluate(
                    "() => { document.querySelector(\"form[action='/routine']\").action = '/routine?speed=10'; }");
            page.locator("form[action='/routine?speed=10'] button[type=submit]").click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/routine(/[0-9a-f-]{36})?\\?speed=10$"));

            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", lang);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText(heading);
            page.getByLabel(speech).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(start))
                    .click();
            page.waitForFunction("() => window.spokenCues.length >= 1");

            Map<?, ?> first = spoken(page).get(0);
            assertThat(first.get("lang")).isEqualTo(lang);
            assertThat((String) first.get("text")).contains(holdWord, secondsWord);
            PlaywrightAssertions.assertThat(page.locator("[data-out=phase]"))
                    .not()
                    .isEmpty();
            tab.checkAccessibilityAndScreenshot("routine-playing-" + lang);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> spoken(Page page) {
        return (List<Map<?, ?>>) page.evaluate("() => window.spokenCues");
    }
}
