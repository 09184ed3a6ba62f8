package org.spinewise.site.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.RoutinePlayer;
import org.spinewise.support.SafetyCheck;
import org.spinewise.support.SignUpPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * pocket.md, "Offline", in Chromium with the network taken away after one online visit: the public pages
 * open from the service worker's cache and say they are offline, the coach's timer runs, search and a new
 * safety check say they need the network, the kept routine plays after the warning-sign confirmation, and a
 * signed-in person's run made offline reaches the account exactly once when the network is back.
 */
class OfflineBrowserTest extends BrowserTest {

    /** One online visit to {@code /}, until the service worker has kept the pages (its install waits for that). */
    private static void visitOnline(BrowserTab tab) {
        tab.go("/");
        tab.page().evaluate("async () => { await navigator.serviceWorker.ready; }");
    }

    private static void assertSavedCopySaysOffline(Page page, String path) {
        assertThat(page.locator("html[data-saved-copy]")).hasCount(1);
        assertThat(page.locator("[data-offline-note]")).isVisible();
        assertThat(page.locator("[data-offline-note]")).containsText("You are offline.");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(BrowserTab tab, String path) {
        var items = (List<Map<String, Object>>) ((Map<?, ?>) SignUpPage.fetchJson(tab, path)).get("items");
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    @Test
    void everyPublicPageOpensOfflineAndSaysSoSearchAndANewCheckNeedTheNetwork() {
        try (BrowserTab tab = open()) {
            visitOnline(tab);
            List<String> paths = new ArrayList<>(List.of("/", "/library", "/learn", "/therapy", "/history"));
            ids(tab, "/api/v1/exercises").forEach(id -> paths.add("/library/" + id));
            ids(tab, "/api/v1/education").forEach(id -> paths.add("/learn/" + id));
            assertThat(paths).hasSizeGreaterThan(15);

            tab.context().setOffline(true);
            for (String path : paths) {
                Page page = tab.go(path);
                assertSavedCopySaysOffline(page, path);
                assertThat(page.locator("h1")).isVisible();
            }

            Page page = tab.go("/therapy?speed=1000");
            Locator coach = page.locator("#coach");
            assertThat(coach).hasAttribute("data-state", "ready");
            Locator points = coach.locator("[data-check]:visible");
            for (int i = 0; i < points.count(); i++) {
                points.nth(i).check();
            }
            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"))
                    .click();
            assertThat(coach).hasAttribute("data-state", "done");
            assertThat(coach.locator("[data-out=done]")).containsText("Time is up");

            page.getByLabel("Search Spinewise").fill("why does my back pop");
            page.getByLabel("Search Spinewise").press("Enter");
            assertThat(page.locator("[data-search-offline]"))
                    .hasText("Search needs the network. You are offline: try again when you are connected.");
            assertThat(page).hasURL(tab.url("/therapy?speed=1000"));

            page = tab.go("/search?q=cracking");
            assertThat(page.locator("h1")).hasText("This needs the network");
            page = tab.go("/screening");
            assertThat(page.locator("h1")).hasText("This needs the network");
            assertThat(page.locator("main")).containsText("A new safety check needs the network");
            assertThat(page.locator("form[action='/screening']")).hasCount(0);

            page = tab.go("/routine");
            assertSavedCopySaysOffline(page, "/routine");
            assertThat(page.locator("[data-kept-none]")).containsText("No routine is kept in this browser yet.");
            assertThat(page.locator("#player")).isHidden();
        }
    }

    @Test
    void theKeptRoutinePlaysOfflineAfterTheConfirmationAndItsRunIsSentOnceBackOnline() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.go("/screening");
            SafetyCheck.answerAndKeep(page, 40, 2, "weeks", Set.of());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                    .click();
            assertThat(page.locator("h1")).hasText("Your routine");
            // The player keeps the routine once its module has run; leaving before that would keep nothing.
            page.waitForFunction("() => localStorage.getItem('spinewise.lastRoutine') !== null");
            String screenedOn = (String)
                    page.evaluate("() => new Date(JSON.parse(localStorage.getItem('spinewise.lastScreening')).at)"
                            + ".toLocaleDateString('en', { dateStyle: 'long' })");
            visitOnline(tab);

            tab.context().setOffline(true);
            page = tab.go("/routine?speed=1000");
            assertSavedCopySaysOffline(page, "/routine");
            assertThat(page.locator("[data-out=screened-at]")).hasText(screenedOn);
            Locator player = RoutinePlayer.playConfirmingNoNewWarningSign(page, 5);
            page.locator("[data-pain=after] input[value='3']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and see summary"))
                    .click();
            assertThat(page.locator("[data-out=account]")).containsText("You are offline");
            assertThat(player).hasAttribute("data-saved", "waiting");

            tab.context().setOffline(false);
            page = tab.go("/");
            page.waitForFunction("() => (JSON.parse(localStorage.getItem('spinewise.outbox') || '[]')).length === 0");
            page.reload();
            page.reload();
            List<?> runs = (List<?>) ((Map<?, ?>) SignUpPage.fetchJson(tab, "/api/v1/routine-runs")).get("items");
            assertThat(runs).hasSize(1);
            assertThat(((Map<?, ?>) runs.get(0)).get("painBefore")).isEqualTo(5);
            assertThat(((Map<?, ?>) runs.get(0)).get("painAfter")).isEqualTo(3);
        }
    }

    @Test
    void aNewReleaseReplacesTheCacheOfAnOlderOne() {
        try (BrowserTab tab = open()) {
            // an older release's worker left its copy of the home page behind (robots.txt registers no worker)
            Page page = tab.go("/robots.txt");
            page.evaluate("async () => { const cache = await caches.open('spinewise-0123456789abcdef-en');"
                    + " await cache.put('/', new Response('<!DOCTYPE html><html lang=\"en\"><body><h1>An old release</h1></body></html>',"
                    + " { headers: { 'Content-Type': 'text/html' } })); }");

            visitOnline(tab);
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) tab.page().evaluate("() => caches.keys()");
            assertThat(names).hasSize(1).allMatch(name -> name.matches("spinewise-[0-9a-f]{16}-default"));

            tab.context().setOffline(true);
            page = tab.go("/");
            assertSavedCopySaysOffline(page, "/");
            assertThat(page.locator("h1")).hasText("Gentle relief for a tight lower back");
        }
    }
}
