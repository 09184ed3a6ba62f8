package org.spinewise.clinic.web;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;
import org.spinewise.support.SignUpPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The clinic's pages in Spanish in Debian's headless Chromium ({@code ?lang=es}, kept by the cookie), used by
 * their Spanish labels: the administrator's page, the dashboard with a fresh code, the person's links and the
 * access log, the patient page, "Contact a clinic" with its review and the clinic's messages. Each declares
 * {@code <html lang="es">}, and axe-core finds no violation (the English pages are checked by
 * {@link ClinicPagesBrowserTest}).
 */
class SpanishClinicPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClinicsPagesWorkAndAreAccessibleInSpanish() {
        try (BrowserTab admin = open();
                BrowserTab clinician = open();
                BrowserTab patient = open()) {
            String clinicianEmail = SignUpPage.signUp(clinician);
            String adminEmail = SignUpPage.signUp(admin);
            SignUpPage.signUp(patient);
            jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                    .param(adminEmail)
                    .update();
            String clinic = "Clínica " + UUID.randomUUID().toString().substring(0, 8);

            Page page = admin.go("/admin?lang=es");
            spanish(page, "Administración");
            page.getByLabel("Nombre de la clínica").fill(clinic);
            button(page, "Añadir clínica").click();
            assertThat(page.locator("main [role=status]")).containsText("Se ha añadido la clínica.");
            page.getByLabel("Añadir un profesional sanitario a " + clinic + " por su correo electrónico")
                    .fill(clinicianEmail);
            page.locator("[data-clinic='" + clinic + "']")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Añadir profesional sanitario"))
                    .click();
            assertThat(page.locator("[data-clinician='" + clinicianEmail + "']"))
                    .isVisible();
            admin.checkAccessibilityAndScreenshot("es-admin");

            Page clinicPage = clinician.go("/clinic?lang=es");
            spanish(clinicPage, clinic);
            button(clinicPage, "Nuevo código de invitación").click();
            String code = clinicPage.locator("[data-invite-code]").textContent().strip();
            assertThat(clinicPage.locator("main")).containsText("Sirve una sola vez");
            clinician.checkAccessibilityAndScreenshot("es-clinic-invite");

            Page me = patient.go("/screening"); // answered by its English labels, then Spanish from here on
            SafetyCheck.answerAndKeep(me, 40, 2, "weeks", Set.of("pain_when_cracking"));
            patient.go("/me/links?lang=es");
            spanish(me, "Tus clínicas");
            me.getByLabel("Código de invitación").fill(code);
            button(me, "Vincular").click();
            assertThat(me.locator("main [role=status]")).containsText("Te has vinculado a la clínica.");
            patient.checkAccessibilityAndScreenshot("es-me-links");

            clinician.go("/clinic");
            assertThat(clinicPage.locator("[data-patients]")).containsText("Pedir cita con un profesional sanitario");
            clinician.checkAccessibilityAndScreenshot("es-clinic-dashboard");
            clinicPage.locator("[data-patients] tbody a").click();
            assertThat(clinicPage.locator("[data-screening]")).containsText("Que te duela cada vez");
            clinician.checkAccessibilityAndScreenshot("es-clinic-patient");

            patient.go("/me/access");
            spanish(me, "Quién ha visto tus datos");
            assertThat(me.locator("[data-access-log]")).containsText("abrió tus registros");
            patient.checkAccessibilityAndScreenshot("es-me-access");

            patient.go("/contact");
            spanish(me, "Contactar con una clínica");
            me.getByLabel("Clínica", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(clinic));
            me.getByLabel("Tu mensaje").fill("Me duele cada vez que me cruje.");
            patient.checkAccessibilityAndScreenshot("es-contact");
            button(me, "Ver lo que se enviará").click();
            spanish(me, "Revisa lo que se enviará");
            patient.checkAccessibilityAndScreenshot("es-contact-review");
            button(me, "Enviar a " + clinic).click();
            assertThat(me.locator("main [role=status]")).containsText("Tu mensaje se ha enviado.");

            clinician.go("/clinic/requests");
            assertThat(clinicPage.locator("[data-request]")).containsText("Me duele cada vez que me cruje.");
            assertThat(clinicPage.locator("[data-status]")).hasText("Esperando a la clínica");
            clinician.checkAccessibilityAndScreenshot("es-clinic-requests");
        }
    }

    /** The page is in Spanish, declared so, with its heading. */
    private static void spanish(Page page, String heading) {
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).containsText(heading);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
