package org.spinewise.site;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

/**
 * The pages that need no answers, in Debian's headless Chromium: axe-core
 * finds no violation at phone or desktop width, each is kept as a screenshot
 * under target/screenshots, and none asks the network for more than the page
 * and its static files.
 */
class PagesAccessibilityTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/,                                   home,                     Gentle relief for a tight lower back",
        "/screening,                          screening,                Safety check",
        "/screening?after=numbness,           screening-after-stop,     Safety check",
        "/therapy,                            therapy,                  Heat and cold coach",
        "/therapy?kind=COLD,                  therapy-cold,             Heat and cold coach",
        "/library,                            library,                  Exercises",
        "/library/seated-trunk-rotation,      library-exercise,         Seated trunk rotation",
        "/library/heat-therapy,               library-therapy,          Heat",
        "/learn,                              learn,                    Learn",
        "/learn/why-backs-pop,                learn-page,               Why",
        "/learn/keep-moving,                  learn-guideline-page,     Should I stay in bed",
        "/learn/when-to-seek-help,            learn-seek-help,          When should I see a doctor",
        "/search?q=why+does+my+back+pop,      search,                   Search",
        "/search?q=zzzzqqq,                   search-nothing,           Search",
        "/routine,                            routine-none-kept,        Your last routine",
        "/offline,                            offline,                  This needs the network",
        "/library/no-such-exercise,           not-found,                ''",
    })
    void pageIsAccessibleAndLoadsNothingElse(String path, String name, String heading) {
        try (BrowserTab tab = open()) {
            tab.go(path);
            PlaywrightAssertions.assertThat(tab.page().locator("h1")).containsText(heading);

            tab.checkAccessibilityAndScreenshot(name);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }
}
