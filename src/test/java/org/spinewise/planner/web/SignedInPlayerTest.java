package org.spinewise.planner.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided player of a signed-in person keeps each finished or stopped run
 * in their account (POST /api/v1/routine-runs with the CSRF header), and
 * after sign-up the routines this browser kept are offered for import, sent
 * only on the person's click. Anonymous use sends nothing of this
 * ({@link PlayerJourneyTest}).
 */
class SignedInPlayerTest extends BrowserTest {

    @Test
    void aFinishedAndAStoppedRunAreKeptInTheAccount() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = PlayerJourneyTest.routine(tab, 1000);
            Locator player = page.locator("#player");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-signed-in", "true");
            List<String> planned = exerciseIds(page);

            page.locator("[data-pain=before] input[value='5']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "after");
            page.locator("[data-pain=after] input[value='3']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and see summary"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("[data-out=account]")).hasText("Kept in your account.");
            tab.checkAccessibilityAndScreenshot("player-summary-signed-in");

            List<?> runs = runs(tab);
            assertThat(runs).hasSize(1);
            Map<?, ?> run = (Map<?, ?>) runs.get(0);
            assertThat(run.get("id")).isEqualTo(player.getAttribute("data-saved"));
            assertThat(run.get("painBefore")).isEqualTo(5);
            assertThat(run.get("painAfter")).isEqualTo(3);
            assertThat(run.get("stop")).isNull();
            assertThat(run.get("completed")).as("every planned exercise").isEqualTo(planned);
            assertThat(tab.requests())
                    .as("the run was posted once, with the CSRF header")
                    .filteredOn(sent -> sent.url().endsWith("/api/v1/routine-runs") && "POST".equals(sent.method()))
                    .hasSize(1);
            Map<?, ?> kept = (Map<?, ?>) ((List<?>) tab.stored("spinewise.sessions")).get(0);
            assertThat(kept.get("savedToAccount")).isEqualTo(true);

            page = PlayerJourneyTest.routine(tab, 1);
            page.locator("[data-pain=before] input[value='4']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts, stop"))
                    .click();
            Locator dialog = page.locator("dialog[data-dialog=hurts]");
            dialog.getByLabel("Numbness or tingling").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("[data-out=account]")).hasText("Kept in your account.");
            tab.checkAccessibilityAndScreenshot("player-stopped-signed-in");

            runs = runs(tab);
            assertThat(runs).hasSize(2);
            Map<?, ?> stopped = runs.stream()
                    .map(Map.class::cast)
                    .filter(r -> r.get("stop") != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(stopped.get("stop")).isEqualTo(Map.of("reason", "NUMBNESS_TINGLING"));
            assertThat(stopped.get("painBefore")).isEqualTo(4);
            assertThat(stopped.get("completed")).as("stopped in the first hold").isEqualTo(List.of());
        }
    }

    @Test
    void withoutAPainScoreBeforeTheRunStaysInTheBrowserAndSaysSo() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = PlayerJourneyTest.routine(tab, 1000);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and see summary"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("[data-out=account]"))
                    .containsText("Not kept in your account");
            assertThat(runs(tab)).isEmpty();
        }
    }

    @Test
    void afterSignUpTheRoutinesThisBrowserKeptAreOfferedAndSentOnlyOnClick() {
        try (BrowserTab tab = open()) {
            Page page = PlayerJourneyTest.routine(tab, 1000);
            page.locator("[data-pain=before] input[value='6']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            page.locator("[data-pain=after] input[value='2']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and see summary"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "summary");
            PlaywrightAssertions.assertThat(page.locator("[data-out=account]")).isHidden();
            List<String> planned = exerciseIds(page);
            // An older session (kept before exercise ids were), and one without a pain score, which cannot be a run.
            page.evaluate("() => { const sessions = JSON.parse(localStorage.getItem('spinewise.sessions'));"
                    + " const at = new Date(Date.now() - 2 * 86400000).toISOString();"
                    + " sessions.unshift({ at, seconds: 300, holdsDone: 9, items: 3, painBefore: 4, painAfter: null, stoppedBecause: 'leg' },"
                    + "   { at, seconds: 120, holdsDone: 2, items: 3, painBefore: null, painAfter: null, stoppedBecause: null });"
                    + " localStorage.setItem('spinewise.sessions', JSON.stringify(sessions)); }");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();

            SignUpPage.signUp(tab);
            Locator offer = page.locator("#import");
            PlaywrightAssertions.assertThat(offer).hasAttribute("data-state", "offered");
            Locator button = offer.getByRole(
                    AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bring over 2 routines this browser kept"));
            PlaywrightAssertions.assertThat(button).isVisible();
            tab.checkAccessibilityAndScreenshot("me-import-offer");
            assertThat(tab.requests())
                    .as("nothing sent before the click")
                    .filteredOn(sent -> sent.url().contains("/api/v1/routine-runs"))
                    .isEmpty();

            button.click();
            PlaywrightAssertions.assertThat(offer).hasAttribute("data-state", "done");
            PlaywrightAssertions.assertThat(offer.getByRole(AriaRole.STATUS))
                    .hasText("Brought over 2 routines into your account.");
            tab.checkAccessibilityAndScreenshot("me-import-done");

            List<?> runs = runs(tab);
            assertThat(runs).hasSize(2);
            Map<?, ?> older = runs.stream()
                    .map(Map.class::cast)
                    .filter(r -> r.get("stop") != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(older.get("stop")).isEqualTo(Map.of("reason", "PAIN_SPREADING_TO_LEG"));
            assertThat(older.get("completed")).isEqualTo(List.of());
            Map<?, ?> played = runs.stream()
                    .map(Map.class::cast)
                    .filter(r -> r.get("stop") == null)
                    .findFirst()
                    .orElseThrow();
            assertThat(played.get("painBefore")).isEqualTo(6);
            assertThat(played.get("painAfter")).isEqualTo(2);
            assertThat(played.get("completed")).isEqualTo(planned);

            tab.go("/me?welcome");
            PlaywrightAssertions.assertThat(offer).hasAttribute("data-state", "nothing");
            PlaywrightAssertions.assertThat(offer).isHidden();
            assertThat(runs(tab)).as("nothing brought over twice").hasSize(2);
        }
    }

    private static List<?> runs(BrowserTab tab) {
        return (List<?>) ((Map<?, ?>) SignUpPage.fetchJson(tab, "/api/v1/routine-runs")).get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<String> exerciseIds(Page page) {
        return (List<String>)
                page.evaluate(
                        "() => [...new Set(JSON.parse(document.getElementById('player').dataset.plan).items.map(i => i.exerciseId))]");
    }
}
