package org.spinewise.account.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiRequests;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.JsonWrites;
import org.spinewise.support.SignUpPage;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /me} as a dashboard, at phone and desktop size: a person with an emergency check, today's check-in,
 * routines this week and cracks that keep hurting sees, in order, the caution, today's values, the last
 * routine, the week's figures and the advice; a new person sees the questions that start each part.
 */
class DashboardBrowserTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPersonWithAWeekOfRecordsSeesTheirDayWeekAndAdviceInOrder() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            SignUpPage.signUp(tab);
            APIRequestContext api = page.request();
            ZoneId zone = ZoneId.of(
                    json(api.get(tab.url("/api/v1/me"))).path("timeZone").asString());
            String token = json(api.get(tab.url("/api/v1/csrf"))).path("token").asString();
            LocalDate today = LocalDate.now(zone);
            JsonWrites.send(
                    api,
                    "PUT",
                    tab.url("/api/v1/checkins/" + today),
                    token,
                    "{\"pain\": 4, \"stiffness\": 5, \"sittingHours\": 6.5, \"note\": \"Walked at lunch\"}");
            run(api, tab, token, today.minusDays(1), zone, 6, 3);
            run(api, tab, token, today.minusDays(2), zone, 4, 3);
            run(api, tab, token, today.minusDays(9), zone, 10, 10); // before the week: not counted
            for (int crack = 0; crack < 3; crack++) {
                JsonWrites.send(
                        api,
                        "POST",
                        tab.url("/api/v1/cracks"),
                        token,
                        "{\"technique\": \"other\", \"forced\": false, \"painful\": true}");
            }
            JsonWrites.send(
                    api,
                    "POST",
                    tab.url("/api/v1/screening-history"),
                    token,
                    ApiRequests.screening(s -> ApiRequests.answers(s).put("saddle_numbness", true)));

            tab.go("/me");

            PlaywrightAssertions.assertThat(page.locator("[data-dashboard]")).hasCount(7);
            assertThat(page.locator("[data-dashboard]").evaluateAll("all => all.map(s => s.dataset.dashboard)"))
                    .isEqualTo(
                            List.of("last-check", "today", "last-routine", "week", "advice", "assigned", "messages"));
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=last-check].caution"))
                    .containsText("Get emergency help now");
            sectionSays(page, "today", "Pain 4 out of 10, stiffness 5 out of 10, 6.5 hours sitting.");
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=today] a[href='/me/checkin']"))
                    .hasText("Change");
            sectionSays(
                    page,
                    "week",
                    "Routines done: 2",
                    "Average pain before: 5.0 out of 10",
                    "Average pain after: 3.0 out of 10",
                    "Check-ins: 1 of the last 7 days");
            sectionSays(page, "advice", "These cracks keep hurting");
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=advice] a[href='/learn/when-to-seek-help']"))
                    .hasCount(1);
            // the links to the journal and the rest stay, below the dashboard
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=messages] ~ ul a[href='/me/cracks']"))
                    .hasCount(1);
            fitsThePhone(page);
            tab.checkAccessibilityAndScreenshot("dashboard");
        }
    }

    @Test
    void aNewPersonIsAskedHowTheirBackIsAndHasNoRoutinesYet() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            SignUpPage.signUp(tab);
            tab.go("/me");

            sectionSays(page, "today", "How is your back today?");
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=today] a[href='/me/checkin']"))
                    .hasText("Check in for today");
            sectionSays(page, "week", "No routines this week yet.", "Check-ins: 0 of the last 7 days");
            assertThat(page.locator("[data-dashboard=last-check]").count()).isZero();
            assertThat(page.locator("[data-dashboard=advice]").count()).isZero();
            fitsThePhone(page);
            tab.checkAccessibilityAndScreenshot("dashboard-new");
        }
    }

    /** The dashboard's part {@code name} ({@code data-dashboard}) says each of the texts. */
    private static void sectionSays(Page page, String name, String... texts) {
        for (String text : texts) {
            PlaywrightAssertions.assertThat(page.locator("[data-dashboard=" + name + "]"))
                    .containsText(text);
        }
    }

    /** At a phone's width nothing sticks out sideways. */
    private static void fitsThePhone(Page page) {
        page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
        page.waitForFunction("() => document.documentElement.scrollWidth <= window.innerWidth");
        page.setViewportSize(BrowserTab.DESKTOP.width(), BrowserTab.DESKTOP.height());
    }

    private static void run(
            APIRequestContext api, BrowserTab tab, String token, LocalDate day, ZoneId zone, int before, int after) {
        String start = day.atTime(10, 0).atZone(zone).toInstant().toString();
        String end = day.atTime(10, 12).atZone(zone).toInstant().toString();
        JsonWrites.send(
                api,
                "POST",
                tab.url("/api/v1/routine-runs"),
                token,
                "{\"startedAt\": \"" + start + "\", \"endedAt\": \"" + end
                        + "\", \"completed\": [\"pelvic-tilt\"], \"painBefore\": " + before
                        + ", \"painAfter\": " + after + ", \"stop\": null}");
    }

    private static tools.jackson.databind.JsonNode json(APIResponse response) {
        assertThat(response.status())
                .as(response.url() + ": " + response.text())
                .isEqualTo(200);
        return JSON.readTree(response.text());
    }
}
