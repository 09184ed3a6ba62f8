package org.spinewise.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.UnaryOperator;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Debian's headless Chromium driven by Playwright, one per test class. Playwright
 * never downloads a browser here: Surefire sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
 * and the browser is {@value #EXECUTABLE}.
 */
public final class Chromium implements AutoCloseable {

    public static final String EXECUTABLE = "/usr/bin/chromium";

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(EXECUTABLE));
    }

    public static Chromium launch() {
        if (!installed()) {
            throw new IllegalStateException(
                    EXECUTABLE + " is missing: install Debian's chromium package (.ci/run does)");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(EXECUTABLE))
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new tab in a fresh browser profile (empty localStorage), at desktop width, on the server at {@code port}. */
    public BrowserTab open(int port) {
        return open(port, options -> options);
    }

    /** As {@link #open(int)}, with the context's options changed (JavaScript off, another time zone). */
    public BrowserTab open(int port, UnaryOperator<Browser.NewContextOptions> adjust) {
        BrowserContext context = browser.newContext(adjust.apply(new Browser.NewContextOptions()
                .setViewportSize(BrowserTab.DESKTOP.width(), BrowserTab.DESKTOP.height())
                .setLocale("en-GB")
                .setColorScheme(ColorScheme.LIGHT)
                .setReducedMotion(ReducedMotion.REDUCE)));
        return new BrowserTab(context, "http://localhost:" + port);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
