package org.spinewise.site;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

/**
 * The pages in Spanish and in English, in Debian's headless Chromium: the language chosen with
 * {@code ?lang=} is the one shown and declared ({@code <html lang>}), and axe-core finds no violation.
 */
class LanguagesAccessibilityTest extends BrowserTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/,                  es, Alivio suave para la parte baja de la espalda tensa",
        "/,                  en, Gentle relief for a tight lower back",
        "/no-such-page,      es, No hemos encontrado esa página.",
        "/no-such-page,      en, We could not find that page.",
        "/library,           es, ''",
        "/learn,             es, ''",
    })
    void pageIsAccessibleInEachLanguage(String path, String lang, String heading) {
        try (BrowserTab tab = open()) {
            tab.go(path + "?lang=" + lang);
            PlaywrightAssertions.assertThat(tab.page().locator("html")).hasAttribute("lang", lang);
            PlaywrightAssertions.assertThat(tab.page().locator("h1")).containsText(heading);
            PlaywrightAssertions.assertThat(tab.page().locator("[data-language-switch]"))
                    .hasAttribute("hreflang", "es".equals(lang) ? "en" : "es");

            tab.checkAccessibilityAndScreenshot("lang-" + lang + path.replace('/', '-'));
        }
    }
}
