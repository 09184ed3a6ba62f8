package org.spinewise.journal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTab.Viewport;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.JsonWrites;
import org.spinewise.support.SignUpPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal as a person meets it on a phone and on a desktop: no page scrolls sideways (not with a long note,
 * nor with a long email on the data page), every row's Change and Delete stay on the screen, a single check-in
 * can be deleted (after a page that asks again) leaving the others, and a crack's advice puts "see a
 * professional" first, writes the day as the person's language does and lists the stretches once.
 */
class JournalOnAPhoneBrowserTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Viewport> SIZES = List.of(BrowserTab.PHONE, new Viewport("desktop", 1280, 800));
    private static final String LONG_NOTE = "Stiff all morning after the long drive to my sister's; "
            + "loosened up after lunch with the pelvic tilts and a short walk around the block, "
            + "then tight again by the evening at the desk.";

    @Test
    void journalPagesAndTheDataPageFitThePhoneWithTheirActionsInView() {
        try (BrowserTab tab = open()) {
            String email = "data-" + UUID.randomUUID().toString().replace("-", "") + "-longername@example.org";
            assertThat(email).hasSize(60);
            signUp(tab, email);
            Page page = tab.page();
            Api api = new Api(tab);
            for (int day = 0; day < 3; day++) {
                api.send(
                        "PUT",
                        "/api/v1/checkins/" + api.today().minusDays(day),
                        "{\"pain\": 3, \"stiffness\": 4, \"sittingHours\": 7.5, \"note\": "
                                + JSON.writeValueAsString(LONG_NOTE) + "}");
                api.send(
                        "POST",
                        "/api/v1/cracks",
                        "{\"technique\": \"seated-floor-twist\", \"forced\": false, \"painful\": false}");
            }
            for (Viewport size : SIZES) {
                page.setViewportSize(size.width(), size.height());
                for (String path : List.of("/me/checkin", "/me/cracks", "/me/data")) {
                    tab.go(path);
                    assertThat(sidewaysScroll(page)).as("%s at %s", path, size).isZero();
                }
                tab.go("/me/checkin");
                Locator rows = page.locator("table.records tbody tr");
                PlaywrightAssertions.assertThat(rows).hasCount(3);
                for (int i = 0; i < 3; i++) {
                    assertFullyInView(
                            page,
                            rows.nth(i).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change")),
                            size);
                    assertFullyInView(
                            page,
                            rows.nth(i).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")),
                            size);
                }
                PlaywrightAssertions.assertThat(
                                page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Stiffness")))
                        .hasCount(1); // still a table with its headers to a screen reader
                PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ROWHEADER))
                        .hasCount(3);
                tab.go("/me/cracks");
                Locator cracks = page.locator("table.records tbody tr");
                PlaywrightAssertions.assertThat(cracks).hasCount(3);
                for (int i = 0; i < 3; i++) {
                    assertFullyInView(
                            page,
                            cracks.nth(i).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")),
                            size);
                }
            }
            tab.go("/me/checkin");
            tab.checkAccessibilityAndScreenshot("checkin-rows-stacked");
            tab.go("/me/data");
            PlaywrightAssertions.assertThat(page.locator("main .lead")).containsText(email);
            tab.checkAccessibilityAndScreenshot("data-long-email");
        }
    }

    @Test
    void deletesOneCheckInAfterAskingAndLeavesTheOthers() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            Api api = new Api(tab);
            LocalDate today = api.today();
            for (int day = 0; day < 3; day++) {
                api.send(
                        "PUT",
                        "/api/v1/checkins/" + today.minusDays(day),
                        "{\"pain\": " + (day + 2) + ", \"stiffness\": 4, \"sittingHours\": 6, \"note\": \"day " + day
                                + "\"}");
            }
            tab.go("/me/checkin");
            Locator rows = page.locator("table.records tbody tr");
            PlaywrightAssertions.assertThat(rows).hasCount(3);
            rows.nth(1)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                    .click();

            page.waitForURL("**/me/checkin/" + today.minusDays(1) + "/delete");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Delete this check-in?");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("day 1");
            assertThat(days(api)).as("asking deletes nothing").hasSize(3);
            tab.checkAccessibilityAndScreenshot("checkin-delete-confirm");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No, keep it"))
                    .click();
            page.waitForURL("**/me/checkin");
            assertThat(days(api)).hasSize(3);

            rows.nth(1)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                    .click();
            page.waitForURL("**/delete");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete it"))
                    .click();
            page.waitForURL("**/me/checkin");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Deleted your check-in for");
            PlaywrightAssertions.assertThat(rows).hasCount(2);
            PlaywrightAssertions.assertThat(page.locator("table.records")).not().containsText("day 1");
            assertThat(days(api)).containsExactly(today.minusDays(2).toString(), today.toString());
            tab.checkAccessibilityAndScreenshot("checkin-deleted");

            String pageToken = page.locator("input[name=_csrf]").first().inputValue();
            String missingDay = "/me/checkin/" + today.minusDays(1) + "/delete";
            assertThat(api.postForm(missingDay, pageToken).status())
                    .as("a day without a check-in is missing")
                    .isEqualTo(404);
            assertThat(api.postForm("/me/checkin/not-a-day/delete", pageToken).status())
                    .isEqualTo(404);
            assertThat(api.postForm("/me/checkin/" + today + "/delete", null).status())
                    .as("without the CSRF token")
                    .isEqualTo(403);
            assertThat(days(api)).hasSize(2);
        }
    }

    @Test
    void crackAdviceShowsTheMostSeriousFirstWithTheDayInTheReadersWords() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            Api api = new Api(tab);
            for (int i = 0; i < 3; i++) {
                api.send(
                        "POST",
                        "/api/v1/cracks",
                        "{\"technique\": \"seated-floor-twist\", \"forced\": false, \"painful\": true}");
            }
            tab.go("/me/cracks");
            page.getByLabel("Forced").check();
            page.getByLabel("Yes, it hurt").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log crack"))
                    .click();

            Locator advice = page.locator("[data-advice]");
            PlaywrightAssertions.assertThat(advice).hasCount(3);
            assertThat(advice.evaluateAll("nodes => nodes.map(node => node.dataset.advice)"))
                    .isEqualTo(List.of("PERSISTENT_PAIN", "FORCED", "DAILY_LIMIT"));
            Locator seeAProfessional = advice.first().locator("h3");
            PlaywrightAssertions.assertThat(seeAProfessional).hasText("These cracks keep hurting: see a professional");
            PlaywrightAssertions.assertThat(seeAProfessional).isInViewport();

            Locator dailyLimit = page.locator("[data-advice=DAILY_LIMIT]");
            String day =
                    DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK).format(api.today());
            PlaywrightAssertions.assertThat(dailyLimit).containsText("4 cracks on " + day + ",");
            PlaywrightAssertions.assertThat(dailyLimit)
                    .not()
                    .containsText(api.today().toString());
            for (Object stretch : page.locator("[data-advice=DAILY_LIMIT] li a").allTextContents()) {
                assertThat(dailyLimit.textContent().split(java.util.regex.Pattern.quote((String) stretch), -1))
                        .as("%s listed once", stretch)
                        .hasSize(2);
            }
            PlaywrightAssertions.assertThat(page.locator("[data-advice=DAILY_LIMIT] li a"))
                    .hasCount(4);
            tab.checkAccessibilityAndScreenshot("cracks-advice-order");

            tab.go("/me/cracks?lang=es");
            page.getByLabel("Forzado", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anotar el crujido"))
                    .click();
            String dia = DateTimeFormatter.ofPattern("EEEE, d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es"))
                    .format(api.today());
            PlaywrightAssertions.assertThat(page.locator("[data-advice=DAILY_LIMIT]"))
                    .containsText(dia);
        }
    }

    @Test
    void theCsvDownloadOfTheDataPageOpensAsUtf8InASpreadsheet() throws IOException {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Api api = new Api(tab);
            api.send(
                    "PUT",
                    "/api/v1/checkins/" + api.today(),
                    "{\"pain\": 2, \"stiffness\": 3, \"sittingHours\": 5, \"note\": \"Mañana: rigidez\"}");
            tab.go("/me/data");

            Download download = tab.page()
                    .waitForDownload(() -> tab.page()
                            .locator("a[href='/api/v1/export?format=csv']")
                            .click());

            Map<String, byte[]> files = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
            assertThat(files).containsKeys("checkins.csv", "screenings.csv", "screening-answers.csv");
            assertThat(files)
                    .allSatisfy((name, bytes) ->
                            assertThat(Arrays.copyOf(bytes, 3)).as(name).containsExactly(0xEF, 0xBB, 0xBF));
            assertThat(new String(files.get("checkins.csv"), StandardCharsets.UTF_8))
                    .contains("Mañana: rigidez");
        }
    }

    private static List<String> days(Api api) {
        return api.get("/api/v1/checkins")
                .path("items")
                .valueStream()
                .map(item -> item.path("day").asString())
                .toList();
    }

    private static void assertFullyInView(Page page, Locator element, Viewport size) {
        element.scrollIntoViewIfNeeded();
        var box = element.boundingBox();
        assertThat(box.x).as("left edge at %s", size).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge at %s", size).isLessThanOrEqualTo(size.width());
    }

    private static double sidewaysScroll(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
    }

    private static void signUp(BrowserTab tab, String email) {
        Page page = tab.go("/signup");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(SignUpPage.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL("**/me?welcome");
    }

    /** The signed-in browser's own API calls (its cookies, the CSRF header), as a page script makes them. */
    private static final class Api {
        final APIRequestContext request;
        final String token;
        private final BrowserTab tab;
        private final ZoneId zone;

        Api(BrowserTab tab) {
            this.tab = tab;
            this.request = tab.page().request();
            this.token = get("/api/v1/csrf").path("token").asString();
            this.zone = ZoneId.of(get("/api/v1/me").path("timeZone").asString());
        }

        LocalDate today() {
            return LocalDate.now(zone);
        }

        JsonNode get(String path) {
            return JSON.readTree(request.get(tab.url(path)).text());
        }

        /** A confirmed delete form posted as the page posts it, with the page's {@code _csrf} field or without. */
        APIResponse postForm(String path, String pageToken) {
            var form = com.microsoft.playwright.options.FormData.create().set("confirmed", "true");
            return request.fetch(
                    tab.url(path),
                    RequestOptions.create()
                            .setMethod("POST")
                            .setForm(pageToken == null ? form : form.set("_csrf", pageToken))
                            .setMaxRedirects(0));
        }

        void send(String method, String path, String body) {
            JsonWrites.send(request, method, tab.url(path), token, body);
        }
    }
}
