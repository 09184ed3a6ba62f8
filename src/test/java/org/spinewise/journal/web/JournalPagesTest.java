package org.spinewise.journal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in person's pages in Debian's headless Chromium: sign-up through
 * the page, the daily check-in (a bad value is named next to its field, with
 * nothing stored) and the cracking log with its advice; axe-core finds no
 * violation on any of them, and each is kept as a screenshot.
 */
class JournalPagesTest extends BrowserTest {

    @Test
    void signsUpThroughThePageAndFindsTheJournalFromTheirPage() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/");
            Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
                    .hasAttribute("href", "/signin");
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your page")))
                    .hasCount(0);

            tab.go("/signup");
            tab.checkAccessibilityAndScreenshot("signup");
            page.getByLabel("Email").fill("not-an-email");
            page.getByLabel("Password").fill("short");
            Response refused = page.waitForResponse(
                    r -> r.url().endsWith("/signup")
                            && "POST".equals(r.request().method()),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                            .click());
            assertThat(refused.status()).isEqualTo(400);
            PlaywrightAssertions.assertThat(page.locator("#email-error")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#password-error")).isVisible();
            tab.checkAccessibilityAndScreenshot("signup-errors");

            String email = SignUpPage.signUp(tab);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your page");
            PlaywrightAssertions.assertThat(page.locator("main .lead")).containsText(email);
            Locator main = page.locator("main");
            // the journal's cards (the dashboard above them links to the check-in and progress too)
            for (String path : List.of("/me/checkin", "/me/cracks", "/me/progress", "/me/data")) {
                PlaywrightAssertions.assertThat(main.locator("h3 > a[href='" + path + "']"))
                        .hasCount(1);
            }
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your page")))
                    .hasAttribute("aria-current", "page");
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
                    .hasCount(0);
            tab.checkAccessibilityAndScreenshot("me-welcome");

            tab.go("/library");
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your page")))
                    .hasAttribute("href", "/me");

            tab.go("/me");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            page.waitForURL(tab.url("/"));
            PlaywrightAssertions.assertThat(
                            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
                    .isVisible();
            tab.go("/me/checkin");
            page.waitForURL("**/signin?continue=%2Fme%2Fcheckin"); // and back there after signing in
        }
    }

    @Test
    void checkInNamesABadValueNextToItsFieldStoresNothingThenSavesAndEdits() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/me/checkin");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Daily check-in");
            PlaywrightAssertions.assertThat(page.getByText("No check-ins in the last 14 days yet."))
                    .isVisible();
            tab.checkAccessibilityAndScreenshot("checkin-empty");

            page.getByLabel("Pain (0 = none").fill("3");
            page.getByLabel("Stiffness (0 = none").fill("11");
            page.getByLabel("Hours spent sitting").fill("7.5");
            page.getByLabel("Note (optional)").fill("Long day at the desk.");
            Response refused = save(page);
            assertThat(refused.status()).isEqualTo(400);
            Locator stiffness = page.getByLabel("Stiffness (0 = none");
            PlaywrightAssertions.assertThat(page.locator("#stiffness-error"))
                    .hasText("Enter your stiffness as a whole number from 0 (none) to 10 (as stiff as can be).");
            PlaywrightAssertions.assertThat(stiffness).hasAttribute("aria-invalid", "true");
            PlaywrightAssertions.assertThat(stiffness).hasAttribute("aria-describedby", "stiffness-error");
            PlaywrightAssertions.assertThat(stiffness).hasValue("11");
            PlaywrightAssertions.assertThat(page.getByLabel("Pain (0 = none")).hasValue("3");
            PlaywrightAssertions.assertThat(page.getByLabel("Note (optional)")).hasValue("Long day at the desk.");
            PlaywrightAssertions.assertThat(page.locator(".error-summary")).containsText("Nothing was saved");
            assertThat(items(tab, "/api/v1/checkins")).as("nothing stored").isEmpty();
            tab.checkAccessibilityAndScreenshot("checkin-error");

            page.getByLabel("Hours spent sitting").fill("25");
            stiffness.fill("4");
            assertThat(save(page).status()).isEqualTo(400);
            PlaywrightAssertions.assertThat(page.locator("#sitting-hours-error"))
                    .containsText("from 0 to 24");
            PlaywrightAssertions.assertThat(page.locator("#stiffness-error")).hasCount(0);

            page.getByLabel("Hours spent sitting").fill("7.5");
            assertThat(save(page).status()).isEqualTo(302);
            page.waitForURL("**/me/checkin?day=*&saved");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved your check-in");
            Locator rows = page.locator("table.records tbody tr");
            PlaywrightAssertions.assertThat(rows).hasCount(1);
            PlaywrightAssertions.assertThat(rows.first()).containsText("Long day at the desk.");
            List<?> stored = items(tab, "/api/v1/checkins");
            assertThat(stored).hasSize(1);
            Map<?, ?> today = (Map<?, ?>) stored.get(0);
            assertThat(today.get("pain")).isEqualTo(3);
            assertThat(today.get("stiffness")).isEqualTo(4);
            assertThat(((Number) today.get("sittingHours")).doubleValue()).isEqualTo(7.5);
            tab.checkAccessibilityAndScreenshot("checkin-saved");

            tab.go("/me/checkin");
            PlaywrightAssertions.assertThat(page.getByLabel("Pain (0 = none")).hasValue("3");
            PlaywrightAssertions.assertThat(page.getByLabel("Hours spent sitting"))
                    .hasValue("7.5");
            page.getByLabel("Pain (0 = none").fill("2");
            assertThat(save(page).status()).isEqualTo(302);
            page.waitForURL("**&saved");
            assertThat(items(tab, "/api/v1/checkins")).as("replaced, not added").hasSize(1);

            String dayText = (String) today.get("day");
            LocalDate earlier = LocalDate.parse(dayText).minusDays(2);
            tab.go("/me/checkin?day=" + earlier);
            PlaywrightAssertions.assertThat(page.getByLabel("Pain (0 = none")).hasValue("");
            page.getByLabel("Pain (0 = none").fill("6");
            page.getByLabel("Stiffness (0 = none").fill("7");
            page.getByLabel("Hours spent sitting").fill("9");
            assertThat(save(page).status()).isEqualTo(302);
            page.waitForURL("**/me/checkin?day=" + earlier + "&saved");
            PlaywrightAssertions.assertThat(rows).hasCount(2);
            assertThat(items(tab, "/api/v1/checkins")).hasSize(2);

            Response future = page.navigate(
                    tab.url("/me/checkin?day=" + LocalDate.parse(dayText).plusDays(2)));
            assertThat(future.status()).isEqualTo(400);
            PlaywrightAssertions.assertThat(page.locator(".error-summary")).containsText("not a day still to come");
            tab.checkAccessibilityAndScreenshot("checkin-future-day");
        }
    }

    @Test
    void crackingLogGivesTheAdviceForTooManyForcedAndPainfulCracksAndDeletes() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/me/cracks");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Cracking log");
            tab.checkAccessibilityAndScreenshot("cracks-empty");

            for (int i = 1; i <= 3; i++) {
                page.getByLabel("How", new Page.GetByLabelOptions().setExact(true))
                        .selectOption("seated-chair-extension");
                logCrack(page, i);
                PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nothing to worry about");
                PlaywrightAssertions.assertThat(page.locator("[data-advice]")).hasCount(0);
            }
            logCrack(page, 4);
            Locator advice = page.getByRole(AriaRole.ALERT);
            PlaywrightAssertions.assertThat(advice.locator("[data-advice]")).hasCount(1);
            Locator dailyLimit = advice.locator("[data-advice=DAILY_LIMIT]");
            PlaywrightAssertions.assertThat(dailyLimit).containsText("You have now logged 4 cracks");
            PlaywrightAssertions.assertThat(dailyLimit.locator("a[href='/library/pelvic-tilt']"))
                    .isVisible();
            PlaywrightAssertions.assertThat(dailyLimit.locator("a[href='/screening']"))
                    .isVisible();
            tab.checkAccessibilityAndScreenshot("cracks-daily-limit");

            page.getByLabel("Forced").check();
            page.getByLabel("Yes, it hurt").check();
            page.getByLabel("How", new Page.GetByLabelOptions().setExact(true)).selectOption("other");
            logCrack(page, 5);
            PlaywrightAssertions.assertThat(advice.locator("[data-advice]")).hasCount(2);
            Locator forced = advice.locator("[data-advice=FORCED]");
            PlaywrightAssertions.assertThat(forced).containsText("pinch a nerve");
            PlaywrightAssertions.assertThat(forced.getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("Read about the risks of forceful cracking")))
                    .hasAttribute("href", "/learn/risks-of-forceful-cracking");
            tab.checkAccessibilityAndScreenshot("cracks-forced");

            page.getByLabel("Yes, it hurt").check();
            logCrack(page, 6);
            page.getByLabel("Yes, it hurt").check();
            logCrack(page, 7);
            Locator persistent = advice.locator("[data-advice=PERSISTENT_PAIN]");
            PlaywrightAssertions.assertThat(persistent).containsText("see a professional");
            PlaywrightAssertions.assertThat(persistent.locator("a[href='/learn/when-to-seek-help']"))
                    .isVisible();
            PlaywrightAssertions.assertThat(persistent.locator("a[href='/contact']"))
                    .hasText("Contact a clinic");
            tab.checkAccessibilityAndScreenshot("cracks-persistent-pain");

            Locator rows = page.locator("table.records tbody tr");
            PlaywrightAssertions.assertThat(rows).hasCount(7);
            PlaywrightAssertions.assertThat(rows.getByText("Another way")).hasCount(1);
            rows.first().getByRole(AriaRole.BUTTON).click();
            page.waitForURL("**/me/cracks");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Removed the crack");
            PlaywrightAssertions.assertThat(rows).hasCount(6);
            assertThat(items(tab, "/api/v1/cracks")).hasSize(6);

            String tomorrow = LocalDateTime.now(ZoneOffset.UTC)
                    .plusDays(1)
                    .withSecond(0)
                    .withNano(0)
                    .toString();
            page.getByLabel("When").fill(tomorrow);
            Response refused = page.waitForResponse(
                    r -> r.url().endsWith("/me/cracks")
                            && "POST".equals(r.request().method()),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log crack"))
                            .click());
            assertThat(refused.status()).isEqualTo(400);
            PlaywrightAssertions.assertThat(page.locator("#at-error")).containsText("already passed");
            PlaywrightAssertions.assertThat(page.getByLabel("When")).hasAttribute("aria-invalid", "true");
            assertThat(items(tab, "/api/v1/cracks")).as("nothing logged").hasSize(6);
            tab.checkAccessibilityAndScreenshot("cracks-error");

            Response missing = page.waitForResponse(
                    r -> r.url().contains("/delete")
                            && "POST".equals(r.request().method()),
                    () -> page.evaluate(
                            "() => { const form = document.querySelector('form.inline-form').cloneNode(true);"
                                    + " form.action = '/me/cracks/' + crypto.randomUUID() + '/delete'; document.body.append(form); form.submit(); }"));
            assertThat(missing.status())
                    .as("a crack that is not theirs is missing")
                    .isEqualTo(404);
            page.waitForURL("**/delete");
            PlaywrightAssertions.assertThat(page.locator("h1")).isVisible();
            assertThat(items(tab, "/api/v1/cracks")).hasSize(6);
        }
    }

    private static Response save(Page page) {
        return page.waitForResponse(
                r -> r.url().endsWith("/me/checkin")
                        && "POST".equals(r.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"))
                        .click());
    }

    /** Logs the crack as the form stands and waits for the page that answers it, which lists {@code logged} cracks. */
    private static void logCrack(Page page, int logged) {
        Response answer = page.waitForResponse(
                r -> r.url().endsWith("/me/cracks") && "GET".equals(r.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log crack"))
                        .click());
        assertThat(answer.request().redirectedFrom())
                .as("logging a crack redirects to the log")
                .isNotNull();
        PlaywrightAssertions.assertThat(page.locator("table.records tbody tr")).hasCount(logged);
    }

    private static List<?> items(BrowserTab tab, String path) {
        return (List<?>) ((Map<?, ?>) SignUpPage.fetchJson(tab, path)).get("items");
    }
}
