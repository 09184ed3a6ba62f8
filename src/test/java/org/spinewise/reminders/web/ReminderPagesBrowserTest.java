package org.spinewise.reminders.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.reminders.BreakMessage;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;
import org.spinewise.system.Messages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings page at {@code /me/reminders} and the page's own notification at a break, in Chromium. */
class ReminderPagesBrowserTest extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void aPersonSetsTheirBreaksAndGetsACalendarAddress() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Movement breaks"))
                    .click();
            page.waitForURL("**/me/reminders");
            page.getByLabel("Remind me").check();
            page.getByLabel("Saturday").check();
            page.getByLabel("Every how many minutes").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.locator("[data-error=intervalMinutes]")).containsText("30");

            page.getByLabel("Every how many minutes").fill("45");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.locator("[data-out=saved]")).hasText("Saved.");
            assertThat(page.locator("[data-out=next] li")).hasCount(5);
            @SuppressWarnings("unchecked")
            Map<String, Object> stored = (Map<String, Object>) SignUpPage.fetchJson(tab, "/api/v1/me/reminders");
            assertThat(stored.get("intervalMinutes")).isEqualTo(45);
            assertThat((List<Object>) stored.get("days")).containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make an address"))
                    .click();
            assertThat(page.getByLabel("Calendar address"))
                    .hasValue(
                            java.util.regex.Pattern.compile("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics"));
            String feed = page.getByLabel("Calendar address").inputValue();
            assertThat(page.request().get(feed).headers().get("content-type")).startsWith("text/calendar");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop sharing"))
                    .click();
            assertThat(page.getByLabel("Calendar address")).hasValue("");
            assertThat(page.request().get(feed).status()).isEqualTo(404);
            tab.checkAccessibilityAndScreenshot("reminders");
        }
    }

    @Test
    void anOpenPageShowsANotificationAtABreakThatOpensTheDeskRoutine() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.context().grantPermissions(List.of("notifications"));
            page.navigate(tab.url("/me/reminders"));
            page.getByLabel("Remind me").check();
            for (String day : List.of("Saturday", "Sunday")) {
                page.getByLabel(day).check();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.locator("[data-out=saved]")).hasText("Saved.");
            @SuppressWarnings("unchecked")
            List<String> next = (List<String>)
                    ((Map<String, Object>) SignUpPage.fetchJson(tab, "/api/v1/me/reminders")).get("next");
            long at = Instant.parse(next.get(0)).toEpochMilli();

            // The page's clock a few seconds before the break, then past it.
            page.clock().install(new Clock.InstallOptions().setTime(at - 3_000));
            page.navigate(tab.url("/me"));
            page.waitForFunction("() => navigator.serviceWorker.controller !== null || true");
            page.clock().runFor(5_000);
            page.waitForFunction(
                    "async tag => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).length === 1",
                    "movement-break-" + at);
            Object url = page.evaluate(
                    "async tag => (await (await navigator.serviceWorker.ready).getNotifications({ tag }))[0].data.url",
                    "movement-break-" + at);
            assertThat(url).isEqualTo("/routine/desk");
            page.navigate(tab.url((String) url));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Desk break")))
                    .isVisible();
        }
    }

    @Test
    void theServiceWorkerShowsAPushMessageThatLinksToTheDeskRoutine() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.context().grantPermissions(List.of("notifications"));
            page.navigate(tab.url("/me/reminders"));
            page.evaluate("async () => { await navigator.serviceWorker.register('/sw.js');"
                    + " await navigator.serviceWorker.ready; }");
            // Chromium's DevTools deliver a push message as the browser's push service would.
            CDPSession devTools = page.context().newCDPSession(page);
            List<String> registrations = new CopyOnWriteArrayList<>();
            devTools.on(
                    "ServiceWorker.workerRegistrationUpdated",
                    event -> event.getAsJsonArray("registrations")
                            .forEach(r -> registrations.add(
                                    r.getAsJsonObject().get("registrationId").getAsString())));
            devTools.send("ServiceWorker.enable");
            page.waitForCondition(() -> !registrations.isEmpty());
            JsonObject push = new JsonObject();
            push.addProperty("origin", tab.url(""));
            push.addProperty("registrationId", registrations.get(0));
            push.addProperty(
                    "data", new String(BreakMessage.payload(tab.url("/routine/desk"), "en"), StandardCharsets.UTF_8));
            devTools.send("ServiceWorker.deliverPushMessage", push);
            page.waitForFunction(
                    "async () => (await (await navigator.serviceWorker.ready).getNotifications()).length > 0");
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) page.evaluate(
                    "async () => { const n = (await (await navigator.serviceWorker.ready).getNotifications())[0];"
                            + " return { title: n.title, body: n.body, url: n.data.url }; }");
            assertThat(shown.get("title")).isEqualTo(Messages.in(Messages.ENGLISH, "reminders.break.title"));
            assertThat(shown.get("body")).isEqualTo(Messages.in(Messages.ENGLISH, "reminders.break.body"));
            assertThat(shown.get("url")).isEqualTo(tab.url("/routine/desk"));
        }
    }
}
