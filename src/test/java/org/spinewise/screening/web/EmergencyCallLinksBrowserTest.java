package org.spinewise.screening.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, the emergency and urgent results offer tap-to-call links, big enough to tap: every emergency
 * number the rule book's advice names, and a line for advice that is not an emergency (NHS 111). The other
 * results offer none.
 */
class EmergencyCallLinksBrowserTest extends BrowserTest {

    private static final Pattern NUMBER = Pattern.compile("\\b\\d{3}\\b");
    private static final List<String> EMERGENCY_NUMBERS = List.of("tel:999", "tel:112", "tel:911");
    private static final double TAP = 44;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EMERGENCY,        bowel_bladder_change, true",
        "URGENT,           fever,                true",
        "SEE_PROFESSIONAL, locked_back,          false",
        "SELF_CARE,        '',                   false",
    })
    void callLinksOnThePhone(String disposition, String yes, boolean offered) {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.setViewportSize(BrowserTab.PHONE.width(), BrowserTab.PHONE.height());
            tab.go("/screening");
            SafetyCheck.answer(page, 40, 3, "weeks", yes.isEmpty() ? Set.of() : Set.of(yes));
            assertThat(page.locator(".disposition-" + disposition)).isVisible();

            Locator calls = page.locator("a[href^='tel:']");
            if (!offered) {
                assertThat(calls).hasCount(0);
                return;
            }
            List<String> hrefs =
                    calls.all().stream().map(link -> link.getAttribute("href")).toList();
            assertThat(hrefs).containsAll(EMERGENCY_NUMBERS).contains("tel:111");
            Matcher named = NUMBER.matcher(page.locator(".disposition .lead").textContent());
            while (named.find()) {
                assertThat(hrefs).as("a link for each number the advice names").contains("tel:" + named.group());
            }
            for (Locator call : calls.all()) {
                call.scrollIntoViewIfNeeded();
                BoundingBox box = call.boundingBox();
                assertThat(box.width).as("width of %s", call.textContent()).isGreaterThanOrEqualTo(TAP);
                assertThat(box.height).as("height of %s", call.textContent()).isGreaterThanOrEqualTo(TAP);
            }
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Call 999 (UK)")))
                    .hasAttribute("href", "tel:999");
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Call NHS 111 (UK)")))
                    .hasAttribute("href", "tel:111");
            tab.checkAccessibilityAndScreenshot("result-calls-" + disposition.toLowerCase());
        }
    }
}
