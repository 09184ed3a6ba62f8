package org.spinewise.site;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTab.Viewport;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new visitor finds from any page: the header is one compact bar on a phone, whose Menu (a disclosure
 * that needs no script) opens the navigation and search, and stands open in the bar on a desktop; "Sign up" sits
 * next to "Sign in", the footer links the privacy page and this device's history, and the home page offers an
 * account beside the safety check.
 */
class HeaderBrowserTest extends BrowserTest {

    /** The tallest the closed header may be on a phone, in CSS pixels. */
    private static final double PHONE_HEADER_MAX = 64;

    private static final Viewport SMALL_DESKTOP = new Viewport("desktop", 1280, 800);

    @Test
    void onAPhoneTheHeaderIsOneBarWhoseMenuOpensTheNavigationAndSearch() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            for (String path : List.of("/", "/library", "/signin", "/learn/when-to-seek-help")) {
                tab.go(path);
                assertThat(page.locator("header.site-header").boundingBox().height)
                        .as("header height on %s at 390 px", path)
                        .isLessThanOrEqualTo(PHONE_HEADER_MAX);
                assertThat(horizontalOverflow(page))
                        .as("sideways scroll on %s", path)
                        .isZero();
            }
            Locator nav = mainNav(page);
            PlaywrightAssertions.assertThat(nav).isHidden();
            Locator menu = page.locator("header summary");
            PlaywrightAssertions.assertThat(menu).hasText("Menu");
            PlaywrightAssertions.assertThat(menu).isInViewport();
            PlaywrightAssertions.assertThat(page.locator("[data-language-switch]"))
                    .isInViewport();

            menu.click();
            PlaywrightAssertions.assertThat(nav).isVisible();
            for (String name : List.of("Check", "Heat & cold", "Exercises", "Learn", "Sign in", "Sign up")) {
                PlaywrightAssertions.assertThat(link(nav, name)).isInViewport();
            }
            PlaywrightAssertions.assertThat(page.getByLabel("Search Spinewise")).isInViewport();
            tab.checkAccessibilityAndScreenshot("header-menu-open");

            page.getByLabel("Search Spinewise").fill("why does my back pop");
            page.getByLabel("Search Spinewise").press("Enter");
            page.waitForURL("**/search?q=why+does+my+back+pop");
            PlaywrightAssertions.assertThat(page.locator(".search-results li").first())
                    .isVisible();
        }
    }

    @Test
    void onADesktopTheNavigationAndSearchStandInTheBar() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.setViewportSize(SMALL_DESKTOP.width(), SMALL_DESKTOP.height());
            tab.go("/library");
            PlaywrightAssertions.assertThat(page.locator("header summary")).isHidden();
            Locator nav = mainNav(page);
            PlaywrightAssertions.assertThat(link(nav, "Exercises")).hasAttribute("aria-current", "page");
            for (String name : List.of("Check", "Heat & cold", "Exercises", "Learn", "Sign in", "Sign up")) {
                PlaywrightAssertions.assertThat(link(nav, name)).isInViewport();
            }
            PlaywrightAssertions.assertThat(page.getByLabel("Search Spinewise")).isInViewport();
            assertThat(page.locator("header.site-header").boundingBox().height)
                    .as("one row")
                    .isLessThanOrEqualTo(PHONE_HEADER_MAX);
        }
    }

    @Test
    void aNewVisitorFindsSignUpPrivacyAndThisDevicesHistory() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/");
            Locator nav = mainNav(page);
            PlaywrightAssertions.assertThat(link(nav, "Sign up")).hasAttribute("href", "/signup");
            Locator main = page.locator("main");
            Locator start =
                    main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start the safety check"));
            Locator account =
                    main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Create an account"));
            PlaywrightAssertions.assertThat(account).hasAttribute("href", "/signup");
            assertThat(account.boundingBox().y)
                    .as("beside the safety check's start")
                    .isLessThan(start.boundingBox().y + start.boundingBox().height);
            Locator footer = page.getByRole(AriaRole.CONTENTINFO);
            PlaywrightAssertions.assertThat(link(footer, "Privacy")).hasAttribute("href", "/privacy");
            PlaywrightAssertions.assertThat(link(footer, "This device's history"))
                    .hasAttribute("href", "/history");
            tab.checkAccessibilityAndScreenshot("home-anonymous");

            link(footer, "This device's history").click();
            page.waitForURL("**/history");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your history on this device");
            link(page.getByRole(AriaRole.CONTENTINFO), "Privacy").click();
            page.waitForURL("**/privacy");
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Privacy");

            tab.go("/?lang=es");
            PlaywrightAssertions.assertThat(link(mainNav(page), "Crear una cuenta"))
                    .hasAttribute("href", "/signup");
            PlaywrightAssertions.assertThat(
                            link(page.getByRole(AriaRole.CONTENTINFO), "El historial de este dispositivo"))
                    .hasAttribute("href", "/history");
        }
    }

    private static Locator mainNav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .or(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Principal")));
    }

    private static Locator link(Locator within, String name) {
        return within.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static double horizontalOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
    }
}
