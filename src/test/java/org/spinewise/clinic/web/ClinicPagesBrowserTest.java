package org.spinewise.clinic.web;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
 * The clinic's pages in Debian's headless Chromium, as an administrator, a clinician and a patient use them
 * side by side: the clinic made and staffed on /admin, an invite code entered on /me/links, the dashboard,
 * a routine refused for an item the patient's safety check excludes and then assigned and played, and a
 * message from a result page answered by the clinic and read on /me. axe-core finds no violation on any page.
 */
class ClinicPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void inviteLinkDashboardAndARefusedThenAssignedRoutine() {
        try (BrowserTab admin = open();
                BrowserTab clinician = open();
                BrowserTab patient = open()) {
            String clinic = staffedClinic(admin, clinician);

            Page clinicPage = clinician.go("/clinic");
            assertThat(clinicPage.locator("h1")).hasText(clinic);
            clinician.checkAccessibilityAndScreenshot("clinic-dashboard-empty");
            button(clinicPage, "New invite code").click();
            String code = clinicPage.locator("[data-invite-code]").textContent().strip();
            clinician.checkAccessibilityAndScreenshot("clinic-invite");

            SignUpPage.signUp(patient);
            Page me = patient.go("/screening");
            SafetyCheck.answerAndKeep(me, 40, 2, "weeks", Set.of("pain_when_cracking"));
            patient.go("/me/links");
            me.getByLabel("Invite code").fill("AAAA-BBBB-CCCC");
            button(me, "Link").click();
            assertThat(me.locator("#code-error")).isVisible();
            patient.checkAccessibilityAndScreenshot("me-links-error");
            me.getByLabel("Invite code").fill(code.toLowerCase());
            button(me, "Link").click();
            assertThat(me.locator("[data-link]")).hasAttribute("data-link", clinic);
            patient.checkAccessibilityAndScreenshot("me-links");

            clinician.go("/clinic");
            assertThat(clinicPage.locator("[data-patients] tbody tr")).hasCount(1);
            clinician.checkAccessibilityAndScreenshot("clinic-dashboard");
            clinicPage.locator("[data-patients] tbody a").click();
            assertThat(clinicPage.locator("[data-screening]")).hasCount(1);
            clinician.checkAccessibilityAndScreenshot("clinic-patient");

            clinicPage.getByLabel("Title").fill("Morning routine");
            clinicPage.locator("input[name=items][value=pelvic-tilt]").check();
            clinicPage
                    .locator("input[name=items][value=seated-chair-extension]")
                    .check();
            button(clinicPage, "Assign routine").click();
            assertThat(clinicPage.locator("[data-refusals]")).isVisible();
            assertThat(clinicPage.locator("#item-seated-chair-extension-error")).isVisible();
            clinician.checkAccessibilityAndScreenshot("clinic-patient-refused");
            clinicPage
                    .locator("input[name=items][value=seated-chair-extension]")
                    .uncheck();
            button(clinicPage, "Assign routine").click();
            assertThat(clinicPage.locator("[data-assignment]")).hasCount(1);

            patient.go("/me");
            patient.checkAccessibilityAndScreenshot("me-with-clinic");
            me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Play Morning routine"))
                    .click();
            assertThat(me.locator("h1")).hasText("Morning routine");
            assertThat(me.locator("#player")).isVisible();
            patient.checkAccessibilityAndScreenshot("me-assignment-play");
            patient.go("/me/access");
            assertThat(me.locator("[data-access-log]")).containsText("assigned you a routine");
            patient.checkAccessibilityAndScreenshot("me-access");

            patient.go("/clinic");
            assertThat(me.locator("main")).containsText("another kind of account");
            patient.go("/admin");
            assertThat(me.locator("main")).containsText("another kind of account");
        }
    }

    @Test
    void aMessageFromAResultPageIsAnsweredAndTheAnswerReadOnTheirPage() {
        try (BrowserTab admin = open();
                BrowserTab clinician = open();
                BrowserTab person = open();
                BrowserTab visitor = open()) {
            String clinic = staffedClinic(admin, clinician);

            visitor.go("/contact");
            assertThat(visitor.page().locator("main")).containsText("was not stored");
            visitor.checkAccessibilityAndScreenshot("contact-sign-in");

            SignUpPage.signUp(person);
            Page page = person.go("/screening");
            SafetyCheck.answerAndKeep(page, 40, 2, "weeks", Set.of("pain_when_cracking"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact a clinic"))
                    .click();
            assertThat(page.locator("[data-sent-screening]")).hasAttribute("data-sent-screening", "SEE_PROFESSIONAL");
            person.checkAccessibilityAndScreenshot("contact");
            page.getByLabel("Clinic", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(clinic));
            page.getByLabel("Your message").fill("My back hurts each time it cracks.");
            page.getByLabel("How should the clinic reach you?").fill("Phone, evenings");
            button(page, "See what will be sent").click();
            assertThat(page.locator("[data-sent-message]")).hasText("My back hurts each time it cracks.");
            assertThat(page.locator("[data-sent-contact]")).hasText("Phone, evenings");
            person.checkAccessibilityAndScreenshot("contact-review");
            button(page, "Send to " + clinic).click();
            assertThat(page.locator("main [role=status]")).containsText("Your message was sent");

            Page requests = clinician.go("/clinic/requests");
            Locator request = requests.locator("[data-request]");
            assertThat(request).containsText("My back hurts each time it cracks.");
            clinician.checkAccessibilityAndScreenshot("clinic-requests");
            request.getByLabel("Status").selectOption("IN_PROGRESS");
            request.getByLabel("Answer to the patient").fill("We will call you tomorrow evening.");
            button(requests, "Save").click();
            assertThat(requests.locator("[data-status]")).hasText("The clinic is working on it");

            person.go("/me");
            assertThat(page.locator("[data-section=messages]")).containsText("We will call you tomorrow evening.");
        }
    }

    /** A clinic made on /admin by a fresh administrator, with the clinician tab's person added to it. */
    private String staffedClinic(BrowserTab admin, BrowserTab clinician) {
        String clinicianEmail = SignUpPage.signUp(clinician);
        String adminEmail = SignUpPage.signUp(admin);
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(adminEmail)
                .update();
        String clinic = "Clinic " + UUID.randomUUID().toString().substring(0, 8);
        Page page = admin.go("/admin");
        page.getByLabel("Clinic name").fill(clinic);
        button(page, "Add clinic").click();
        page.getByLabel("Add a clinician to " + clinic + " by email").fill(clinicianEmail);
        page.locator("[data-clinic='" + clinic + "']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add clinician"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("[data-clinician='" + clinicianEmail + "']"))
                .isVisible();
        admin.checkAccessibilityAndScreenshot("admin");
        return clinic;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
