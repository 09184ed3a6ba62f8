package org.spinewise.support;

import java.util.function.UnaryOperator;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: Spinewise on a random port (one Spring context shared by
 * every browser test class) and one Debian Chromium per class.
 */
@EnabledWithChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static Chromium browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.launch();
        // A first render of a lazily made page on a loaded 2-core CI machine can take longer than the 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A new tab on this test's server. */
    protected BrowserTab open() {
        return browser.open(port);
    }

    /** A new tab whose browser context is made with these options changed (JavaScript off, a time zone). */
    protected BrowserTab open(UnaryOperator<Browser.NewContextOptions> adjust) {
        return browser.open(port, adjust);
    }
}
