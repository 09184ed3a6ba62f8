package org.spinewise.search.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

/**
 * A person who cannot pass urine types it as they would say it into the header's search, on a phone and on
 * a desktop, and lands on results with "When to seek help" first.
 */
class SearchWarningSignsBrowserTest extends BrowserTest {

    @Test
    void cantPeeInTheHeaderSearchPutsWhenToSeekHelpFirst() {
        for (BrowserTab.Viewport size : new BrowserTab.Viewport[] {BrowserTab.PHONE, BrowserTab.DESKTOP}) {
            try (BrowserTab tab = open()) {
                Page page = tab.page();
                page.setViewportSize(size.width(), size.height());
                tab.go("/");
                Locator menu = page.locator("[data-menu] > summary");
                if (menu.isVisible()) { // on a phone the search is in the header's menu
                    menu.click();
                }
                page.locator("#site-search").fill("cant pee");
                page.locator("#site-search").press("Enter");
                page.waitForURL("**/search?q=cant+pee");

                PlaywrightAssertions.assertThat(
                                page.locator(".search-results li a").first())
                        .hasAttribute("href", "/learn/when-to-seek-help");
                PlaywrightAssertions.assertThat(
                                page.locator(".search-results li a").first())
                        .hasText("When should I see a doctor about my back?");
                tab.checkAccessibilityAndScreenshot("search-cant-pee-" + size.name());
            }
        }
    }
}
