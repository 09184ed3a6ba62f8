package org.spinewise.account.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page at phone size, and the way back in after a forgotten password where Spinewise sends no
 * email (the test configuration sets no SMTP server): the sign-in page's link, the page that names the
 * administrator, the link the administrator makes on /admin, the new password, and signing in with it.
 * axe-core finds no violation on any of these pages or states.
 */
class AccountBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountPageWorksAtPhoneSize() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            tab.go("/me");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account"))
                    .click();
            assertThat(page.locator("h1")).hasText("Your account");
            tab.checkAccessibilityAndScreenshot("account");

            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            page.getByLabel("Current password").fill("not the password at all");
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a calmer morning walk");
            button(page, "Change password").click();
            assertThat(page.locator("#password-current-error"))
                    .hasText("That password is not right. Nothing was changed.");
            assertThat(page.getByLabel("Current password")).hasAttribute("aria-invalid", "true");
            assertNoSidewaysScroll(page);
            tab.checkAccessibilityAndScreenshot("account-wrong-password");

            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            page.getByLabel("Time zone", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("Asia/Tokyo");
            button(page, "Save time zone").click();
            assertThat(page.locator("[data-done]")).containsText("Your time zone is changed.");
            assertThat(page.getByLabel("Time zone", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Asia/Tokyo");
            assertNoSidewaysScroll(page);
            tab.checkAccessibilityAndScreenshot("account-changed");
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughALinkTheAdministratorMakes() {
        try (BrowserTab person = open();
                BrowserTab admin = open();
                BrowserTab forgetful = open()) {
            String email = SignUpPage.signUp(person);

            Page page = forgetful.go("/signin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
                    .click();
            assertThat(page.locator("[data-reset=ask-admin]")).containsText("Ask the administrator of your clinic");
            forgetful.checkAccessibilityAndScreenshot("password-forgot");

            String link = adminMakesLink(admin, email);
            forgetful.page().navigate(link);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a lighthouse at dawn");
            page.getByLabel("New password, again").fill("a lighthouse at dusk");
            button(page, "Save new password").click();
            assertThat(page.locator("#confirm-error")).containsText("The two passwords are not the same.");
            forgetful.checkAccessibilityAndScreenshot("password-reset-error");
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a lighthouse at dawn");
            page.getByLabel("New password, again").fill("a lighthouse at dawn");
            button(page, "Save new password").click();

            assertThat(page.locator("[data-reset=done]")).containsText("Sign in with your new password.");
            forgetful.checkAccessibilityAndScreenshot("password-reset-done");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill("a lighthouse at dawn");
            button(page, "Sign in").click();
            page.waitForURL("**/me");
            assertThat(page.locator("h1")).hasText("Your page");

            person.go("/me");
            person.page().waitForURL(Pattern.compile(".*/signin\\?continue=.*"));
            forgetful.page().navigate(link);
            assertThat(page.locator("[data-reset=invalid]")).containsText("This link does not work");
            forgetful.checkAccessibilityAndScreenshot("password-reset-used");
        }
    }

    private String adminMakesLink(BrowserTab admin, String email) {
        String adminEmail = SignUpPage.signUp(admin);
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(adminEmail)
                .update();
        Page page = admin.go("/admin");
        page.getByLabel("Email of the account").fill(email);
        button(page, "Make a reset link").click();
        Locator shown = page.locator("[data-reset-link] a");
        assertThat(shown).containsText("/password/reset?token=");
        admin.checkAccessibilityAndScreenshot("admin-reset-link");
        return shown.getAttribute("href");
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("sideways scroll at phone width")
                .isLessThanOrEqualTo(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
