package org.spinewise.progress.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTab.Viewport;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SignUpPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page's charts on a phone and a desktop: labels of at least 12 CSS pixels that do not collide,
 * pain still seen where it equals stiffness (its ring around the stiffness square), and no line across days
 * without a check-in.
 */
class SymptomChartBrowserTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double SMALLEST_LABEL = 12;

    /** Each label's rendered size in CSS pixels (its font size times the SVG's scale), those shown only. */
    private static final String LABEL_SIZES = """
            () => [...document.querySelectorAll('svg.chart-svg .chart-label')]
              .filter(label => getComputedStyle(label).display !== 'none')
              .map(label => parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM().a)""";

    /** Whether two shown x-axis labels of one chart overlap. */
    private static final String LABELS_COLLIDE = """
            () => [...document.querySelectorAll('svg.chart-svg')].some(svg => {
              const boxes = [...svg.querySelectorAll('text.chart-label[text-anchor=middle]')]
                .filter(label => getComputedStyle(label).display !== 'none')
                .map(label => label.getBoundingClientRect());
              return boxes.some((a, i) => boxes.slice(i + 1).some(b => a.right > b.left && b.right > a.left));
            })""";

    /**
     * For each pain marker: what the page shows at its centre and on its ring (in the browser's own hit test),
     * as "centre class | ring class".
     */
    private static final String WHAT_SHOWS = """
            () => [...document.querySelectorAll('#symptoms-title')].flatMap(title =>
              [...title.closest('svg').querySelectorAll('circle.chart-pain')].map(circle => {
                circle.scrollIntoView({ block: 'center' });
                const box = circle.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                const seen = (px, py) => document.elementFromPoint(px, py)?.getAttribute('class') ?? '';
                return seen(x, y) + ' | ' + seen(box.left + 0.25, y);
              }))""";

    @Test
    void labelsAreLegibleAndEqualValuesShowBothSeriesWithGapsForMissingDays() {
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = tab.page();
            APIRequestContext api = page.request();
            String token = json(api.get(tab.url("/api/v1/csrf"))).path("token").asString();
            LocalDate today = LocalDate.now(ZoneId.of(
                    json(api.get(tab.url("/api/v1/me"))).path("timeZone").asString()));
            for (int back : List.of(20, 19, 18, 5, 4, 3)) {
                APIResponse saved = api.fetch(
                        tab.url("/api/v1/checkins/" + today.minusDays(back)),
                        RequestOptions.create()
                                .setMethod("PUT")
                                .setHeader("Content-Type", "application/json")
                                .setHeader("X-XSRF-TOKEN", token)
                                .setData("{\"pain\": 5, \"stiffness\": 5, \"sittingHours\": 6}"));
                assertThat(saved.status()).as(saved.text()).isEqualTo(201);
            }
            for (Viewport size : List.of(BrowserTab.PHONE, new Viewport("desktop", 1280, 800))) {
                page.setViewportSize(size.width(), size.height());
                tab.go("/me/progress");
                PlaywrightAssertions.assertThat(page.locator("#symptoms-title")).hasCount(1);

                List<?> sizes = (List<?>) page.evaluate(LABEL_SIZES);
                assertThat(sizes).isNotEmpty();
                assertThat(sizes.stream()
                                .mapToDouble(s -> ((Number) s).doubleValue())
                                .min()
                                .orElseThrow())
                        .as("smallest chart label at %s, in CSS px", size)
                        .isGreaterThanOrEqualTo(SMALLEST_LABEL);
                assertThat(page.evaluate(LABELS_COLLIDE))
                        .as("labels overlap at %s", size)
                        .isEqualTo(false);

                assertThat(page.locator("svg:has(#symptoms-title) polyline.chart-pain")
                                .count())
                        .as("two runs of days, two pain lines")
                        .isEqualTo(2);
                assertThat(page.locator("svg:has(#symptoms-title) polyline.chart-stiffness")
                                .count())
                        .isEqualTo(2);
                List<?> shown = (List<?>) page.evaluate(WHAT_SHOWS);
                assertThat(shown)
                        .hasSize(6)
                        .allSatisfy(seen -> assertThat((String) seen)
                                .as("stiffness at the centre, pain on the ring, at %s", size)
                                .matches(".*chart-stiffness.* \\| .*chart-marker chart-pain.*"));
            }
            tab.checkAccessibilityAndScreenshot("progress-equal-values");
        }
    }

    private static JsonNode json(APIResponse response) {
        return JSON.readTree(response.text());
    }
}
