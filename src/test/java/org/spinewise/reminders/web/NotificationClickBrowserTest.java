package org.spinewise.reminders.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification's click opens the desk routine. Chromium cannot click a system notification for a test,
 * and a click dispatched from script is not trusted (its {@code waitUntil} and {@code openWindow} refuse),
 * so the served {@code /sw.js} runs here, on a blank page of the same origin, against a stand-in of its
 * global scope that records what it opens; the tab then follows that address as the browser would.
 */
class NotificationClickBrowserTest extends BrowserTest {

    private static final String CLICK = """
            async url => {
              const handlers = {};
              const opened = [];
              const scope = {
                location: new URL(location.origin + '/sw.js'),
                addEventListener: (type, handler) => { handlers[type] = handler; },
                registration: {},
                clients: {
                  matchAll: async () => [],
                  openWindow: async (target) => { opened.push(target); return null; },
                },
              };
              const source = await (await fetch('/sw.js')).text();
              new Function('self', source)(scope);
              let done;
              handlers.notificationclick({
                notification: { close: () => {}, data: { url } },
                waitUntil: (promise) => { done = promise; },
              });
              await done;
              return opened[0];
            }
            """;

    @Test
    void clickingABreakOpensTheDeskRoutineAndNeverAnotherSite() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            // Requests a service worker answers never reach page.route, so the stand-in page needs the worker gone.
            page.evaluate("async () => { for (const worker of await navigator.serviceWorker.getRegistrations())"
                    + " await worker.unregister(); }");
            // A blank page of this origin without the site's CSP, which rightly forbids running fetched text.
            String bench = tab.url("/test-only/notification-click");
            page.route(
                    bench,
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setContentType("text/html")
                            .setBody("<!doctype html><title>Notification click</title>")));
            page.navigate(bench);

            Object desk = page.evaluate(CLICK, tab.url("/routine/desk"));
            Object foreign = page.evaluate(CLICK, "https://evil.example/phish");

            assertThat(desk).isEqualTo(tab.url("/routine/desk"));
            assertThat(foreign)
                    .as("a message naming another site opens the desk routine")
                    .isEqualTo(desk);
            page.navigate((String) desk);
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Desk break")))
                    .isVisible();
        }
    }
}
