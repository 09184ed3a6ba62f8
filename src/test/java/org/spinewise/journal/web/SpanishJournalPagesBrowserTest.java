package org.spinewise.journal.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;

/**
 * The check-in, cracking log and progress pages in Spanish and in English, in Debian's headless Chromium: the
 * language chosen with {@code ?lang=} is the one shown and declared, a form's messages and the crack advice come
 * in it, and axe-core finds no violation on any of them (LanguagesAccessibilityTest's pages need no account).
 */
class SpanishJournalPagesBrowserTest extends BrowserTest {

    @Test
    void theJournalPagesWorkAndAreAccessibleInSpanishAndInEnglish() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/me/checkin?lang=es");
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "es");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Registro del día");
            page.getByLabel("Dolor (0 = nada").fill("3");
            page.getByLabel("Rigidez (0 = nada").fill("11");
            page.getByLabel("Horas sentado").fill("7.5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el registro"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#stiffness-error"))
                    .hasText("Escribe tu rigidez como un número entero del 0 (nada) al 10 (lo más rígido posible).");
            tab.checkAccessibilityAndScreenshot("es-checkin-error");
            page.getByLabel("Rigidez (0 = nada").fill("4");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el registro"))
                    .click();
            page.waitForURL("**&saved");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tu registro del");
            tab.checkAccessibilityAndScreenshot("es-checkin-saved");

            tab.go("/me/cracks");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Registro de crujidos");
            page.getByLabel("Forzado").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anotar el crujido"))
                    .click();
            page.waitForURL("**/me/cracks");
            PlaywrightAssertions.assertThat(page.locator("[data-advice=FORCED] h3"))
                    .hasText("No fuerces nunca un crujido");
            tab.checkAccessibilityAndScreenshot("es-cracks-advice");

            tab.go("/me/progress");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tu progreso");
            PlaywrightAssertions.assertThat(page.locator("#symptoms-title"))
                    .hasText("Dolor y rigidez por día, de 0 a 10, en las últimas 8 semanas");
            tab.checkAccessibilityAndScreenshot("es-progress");

            for (String[] english : new String[][] {
                {"/me/checkin", "Daily check-in"}, {"/me/cracks", "Cracking log"}, {"/me/progress", "Your progress"}
            }) {
                tab.go(english[0] + "?lang=en");
                PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
                PlaywrightAssertions.assertThat(page.locator("h1")).hasText(english[1]);
                tab.checkAccessibilityAndScreenshot("en" + english[0].replace('/', '-'));
            }
        }
    }
}
