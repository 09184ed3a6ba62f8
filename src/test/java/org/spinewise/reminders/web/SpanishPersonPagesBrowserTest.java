package org.spinewise.reminders.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's pages (their page, data, movement breaks, desk break, privacy, the deleted account) in Chromium in
 * Spanish and in English: the language chosen is the one shown and declared, axe-core finds no violation, and the
 * break settings' script speaks Spanish.
 */
class SpanishPersonPagesBrowserTest extends BrowserTest {

    private static final Map<String, List<String>> HEADINGS = Map.of(
            "/me", List.of("Tu página", "Your page"),
            "/me/data", List.of("Tus datos", "Your data"),
            "/me/reminders", List.of("Pausas para moverte", "Movement breaks"),
            "/routine/desk", List.of("Pausa de escritorio", "Desk break"),
            "/privacy", List.of("Privacidad, en palabras sencillas", "Privacy, in plain words"),
            "/account-deleted", List.of("Tu cuenta está eliminada", "Your account is deleted"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "en"})
    void thePersonsPagesAreAccessibleInEachLanguage(String lang) {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            for (var page : new java.util.TreeMap<>(HEADINGS).entrySet()) {
                tab.go(page.getKey() + "?lang=" + lang);
                assertThat(tab.page().locator("html")).hasAttribute("lang", lang);
                assertThat(tab.page().locator("h1")).hasText(page.getValue().get("es".equals(lang) ? 0 : 1));
                tab.checkAccessibilityAndScreenshot(
                        "person-" + lang + page.getKey().replace('/', '-'));
            }
        }
    }

    @Test
    void theBreakSettingsSpeakSpanish() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            tab.go("/me/reminders?lang=es");
            page.getByLabel("Recuérdamelo").check();
            page.getByLabel("Sábado").check();
            page.getByLabel("Domingo").check();
            page.getByLabel("Cada cuántos minutos").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                    .click();
            assertThat(page.locator("[data-out=saved]")).hasText("No se ha guardado nada. Revisa los campos marcados.");
            assertThat(page.locator("[data-error=intervalMinutes]")).containsText("30");
            page.getByLabel("Cada cuántos minutos").fill("45");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                    .click();
            assertThat(page.locator("[data-out=saved]")).hasText("Guardado.");
            assertThat(page.locator("[data-out=next] li")).hasCount(5);
            assertThat(page.locator("[data-out=next] li").first()).containsText(" de ");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear una dirección"))
                    .click();
            assertThat(page.locator("[data-out=calendar-status]"))
                    .hasText("Esta es tu nueva dirección. Las anteriores ya no funcionan.");
            assertThat(page.getByLabel("Dirección del calendario")).hasValue(Pattern.compile("\\.ics\\?lang=es$"));
        }
    }
}
