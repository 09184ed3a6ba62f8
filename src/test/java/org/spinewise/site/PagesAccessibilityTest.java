package org.spinewise.site;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.Chromium;
import org.spinewise.support.EnabledWithChromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages that need no answers, in Debian's headless Chromium: axe-core
 * finds no violation at phone or desktop width, each is kept as a screenshot
 * under target/screenshots, and none asks the network for more than the page
 * and its static files.
 */
@EnabledWithChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesAccessibilityTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void shutDown() {
        if (chromium != null) {
            chromium.close();
        }
    }

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
            "/search?q=why+does+my+back+pop,      search,                   Search",
            "/search?q=zzzzqqq,                   search-nothing,           Search",
            "/library/no-such-exercise,           not-found,                ''",
    })
    void pageIsAccessibleAndLoadsNothingElse(String path, String name, String heading) {
        try (BrowserTab tab = chromium.open(port)) {
            tab.go(path);
            PlaywrightAssertions.assertThat(tab.page().locator("h1")).containsText(heading);

            tab.checkAccessibilityAndScreenshot(name);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }
}
