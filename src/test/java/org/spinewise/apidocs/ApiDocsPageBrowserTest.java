package org.spinewise.apidocs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /docs/api} in Debian's headless Chromium under Spinewise's own Content-Security-Policy: the page
 * renders every documented operation from {@code /v3/api-docs}, with nothing blocked by the policy, no
 * script error and no request to another host (no CDN, no outside example address).
 */
class ApiDocsPageBrowserTest extends BrowserTest {

    /** Records every CSP violation the page meets; init scripts run outside the page's policy. */
    private static final String WATCH_POLICY = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Test
    void thePageShowsEveryOperationUnderTheSitesPolicy() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                    problems.add(message.type() + ": " + message.text());
                }
            });
            page.onPageError(error -> problems.add("page error: " + error));
            page.addInitScript(WATCH_POLICY);

            tab.go("/docs/api");

            PlaywrightAssertions.assertThat(page.locator(".information-container .title"))
                    .containsText(ApiDocsConfiguration.TITLE);
            Locator operations = page.locator(".opblock");
            PlaywrightAssertions.assertThat(operations).hasCount(documentedOperations(page, tab.url("/v3/api-docs")));
            Locator screening = page.locator(
                    ".opblock-post",
                    new Page.LocatorOptions().setHas(page.locator("[data-path='/api/v1/screenings']")));
            screening.locator(".opblock-summary-control").click();
            PlaywrightAssertions.assertThat(screening.locator(".opblock-section-request-body"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator(".auth-wrapper .authorize"))
                    .isVisible();

            assertThat(page.evaluate("window.cspViolations"))
                    .as("CSP violations")
                    .isEqualTo(List.of());
            assertThat(problems).as("console errors and policy reports").isEmpty();
            assertThat(tab.requests())
                    .as("requests to another host")
                    .filteredOn(sent -> !sent.url().startsWith(tab.url("/")))
                    .isEmpty();
            assertThat(tab.requests())
                    .as("the document is what the page shows")
                    .anyMatch(sent -> sent.url().startsWith(tab.url("/v3/api-docs")));
        }
    }

    private static int documentedOperations(Page page, String document) {
        APIResponse answer = page.request().get(document);
        assertThat(answer.headers().get("content-security-policy")).isNotBlank();
        JsonNode paths = JsonMapper.builder().build().readTree(answer.text()).path("paths");
        int count = 0;
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                count += List.of("get", "put", "post", "delete", "patch").contains(method) ? 1 : 0;
            }
        }
        assertThat(count).isGreaterThan(60);
        return count;
    }
}
