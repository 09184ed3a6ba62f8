package org.spinewise.progress.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.JsonWrites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person in Debian's headless Chromium: signs up on the page, records check-ins and routines
 * through the API (with the browser's cookies and the CSRF header), opens the progress page's charts and
 * their tables, the data page and the privacy page (axe-core finds no violation on any of them), and
 * deletes the account through the data page's form.
 */
class ProgressPagesBrowserTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void progressChartsDataPageAndDeletion() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            String password = "spine-" + UUID.randomUUID();
            signUp(tab, "progress-" + UUID.randomUUID() + "@example.org", password);

            tab.go("/me/progress");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your progress");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("No check-ins in the last 8 weeks yet");
            tab.checkAccessibilityAndScreenshot("progress-empty");

            APIRequestContext api = page.request();
            ZoneId zone = ZoneId.of(
                    json(api.get(tab.url("/api/v1/me"))).path("timeZone").asString());
            String token = json(api.get(tab.url("/api/v1/csrf"))).path("token").asString();
            LocalDate today = LocalDate.now(zone);
            int[] stiffness = {6, 5, 6, 6, 7, 6, 6, 7, 6, 7, 6, 6, 7, 7};
            for (int day = 0; day < 14; day++) {
                JsonWrites.send(
                        api,
                        "PUT",
                        tab.url("/api/v1/checkins/" + today.minusDays(13 - day)),
                        token,
                        "{\"pain\": " + (3 + day % 4) + ", \"stiffness\": " + stiffness[day]
                                + ", \"sittingHours\": 7}");
            }
            for (int day = 1; day <= 9; day++) {
                String start = today.minusDays(day)
                        .atTime(0, 15)
                        .atZone(zone)
                        .toInstant()
                        .toString();
                String end = today.minusDays(day)
                        .atTime(0, 25)
                        .atZone(zone)
                        .toInstant()
                        .toString();
                JsonWrites.send(
                        api,
                        "POST",
                        tab.url("/api/v1/routine-runs"),
                        token,
                        "{\"startedAt\": \"" + start
                                + "\", \"endedAt\": \"" + end
                                + "\", \"completed\": [\"seated-trunk-rotation\", \"pelvic-tilt\"], "
                                + "\"painBefore\": 5, \"painAfter\": 4, \"stop\": "
                                + (day == 4 ? "{\"reason\": \"UNCOMFORTABLE\"}" : "null") + "}");
            }

            tab.go("/me/progress");
            PlaywrightAssertions.assertThat(page.locator("svg[role=img]")).hasCount(2);
            PlaywrightAssertions.assertThat(page.locator("#advice-STIFFNESS_NOT_IMPROVING"))
                    .containsText("professional");
            PlaywrightAssertions.assertThat(page.locator("#advice-STIFFNESS_NOT_IMPROVING"))
                    .containsText("When to Seek Professional Help for Back Cracking");
            PlaywrightAssertions.assertThat(page.locator("#advice-STIFFNESS_NOT_IMPROVING a[href='/contact']"))
                    .hasText("Contact a clinic");
            assertThat(page.locator("svg[role=img] polyline").count()).isEqualTo(2);
            for (var summary : page.locator("details.chart-data summary").all()) {
                summary.click();
            }
            PlaywrightAssertions.assertThat(
                            page.locator("details.chart-data table").first().locator("tbody tr"))
                    .hasCount(14);
            PlaywrightAssertions.assertThat(
                            page.locator("details.chart-data table").last().locator("caption"))
                    .containsText("Your routines by week");
            tab.checkAccessibilityAndScreenshot("progress");

            tab.go("/privacy");
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Privacy");
            tab.checkAccessibilityAndScreenshot("privacy");

            tab.go("/me/data");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your data");
            assertThat(page.locator("a[href='/api/v1/export?format=csv']").count())
                    .isEqualTo(1);
            tab.checkAccessibilityAndScreenshot("data");

            page.locator("#delete-password").fill("not-the-password");
            page.getByText("Delete my account and all my data").click();
            PlaywrightAssertions.assertThat(page.locator("#delete-error")).containsText("not right");
            tab.checkAccessibilityAndScreenshot("data-wrong-password");
            assertThat(api.get(tab.url("/api/v1/me")).status()).isEqualTo(200);

            page.locator("#delete-password").fill(password);
            page.getByText("Delete my account and all my data").click();
            page.waitForURL("**/account-deleted");
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("deleted");
            tab.checkAccessibilityAndScreenshot("account-deleted");
            assertThat(api.get(tab.url("/api/v1/me")).status()).isEqualTo(401);
        }
    }

    private static void signUp(BrowserTab tab, String email, String password) {
        Page page = tab.go("/signup");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.getByText("Create account").click();
        page.waitForURL("**/me**");
    }

    private static JsonNode json(APIResponse response) {
        assertThat(response.status())
                .as(response.url() + ": " + response.text())
                .isEqualTo(200);
        return JSON.readTree(response.text());
    }
}
