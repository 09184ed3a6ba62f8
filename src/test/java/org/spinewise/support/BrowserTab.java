package org.spinewise.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.ColorScheme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser tab of an anonymous visitor, with everything the tab asked
 * the network for and every script error, so a test can check that the
 * site only loaded pages, posted forms and fetched its own static files.
 */
public final class BrowserTab implements AutoCloseable {

    public record Viewport(String name, int width, int height) {}

    public static final Viewport PHONE = new Viewport("phone", 390, 844);
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900);
    private static final Viewport DESKTOP_DARK = new Viewport("desktop-dark", 1280, 900);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern STATIC_ASSET = Pattern.compile("/(css|js|img)/[\\w./-]+|/favicon\\.ico");
    private static final Set<String> ASSET_TYPES = Set.of("stylesheet", "script", "image", "font", "other");
    private static final Set<String> FORM_POSTS = Set.of("/screening", "/routine");

    /** One request as the browser sent it. */
    /** @param serviceWorker whether the site's service worker sent it (sw.js: public pages, with no cookie) */
    public record Sent(String method, String url, String resourceType, boolean navigation, boolean serviceWorker) {
        @Override
        public String toString() {
            return method + " " + url + " (" + resourceType + (navigation ? ", navigation" : "")
                    + (serviceWorker ? ", service worker" : "") + ")";
        }
    }

    private final BrowserContext context;
    private final Page page;
    private final String origin;
    private final List<Sent> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    BrowserTab(BrowserContext context, String origin) {
        this.context = context;
        this.origin = origin;
        context.setDefaultTimeout(20_000);
        context.onRequest(request -> requests.add(new Sent(
                request.method(),
                request.url(),
                request.resourceType(),
                request.isNavigationRequest(),
                fromServiceWorker(request))));
        this.page = context.newPage();
        page.onPageError(error -> errors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            boolean documentStatus = message.text().startsWith("Failed to load resource")
                    && message.location()
                            .startsWith(page.url() + ":"); // an error page's own status, not a missing asset
            if ("error".equals(message.type()) && !documentStatus) {
                errors.add("console error: " + message.text());
            }
        });
    }

    public Page page() {
        return page;
    }

    /**
     * Playwright's documented sign of a service worker's request: it has no frame, and asking for one throws
     * (Playwright for Java 1.62 throws a NullPointerException there, not its own exception).
     */
    private static boolean fromServiceWorker(Request request) {
        try {
            request.frame();
            return false;
        } catch (PlaywrightException | NullPointerException noFrame) {
            return true;
        }
    }

    /** The browser context, e.g. to take the network away ({@code setOffline}). */
    public BrowserContext context() {
        return context;
    }

    public String url(String path) {
        return origin + path;
    }

    public Page go(String path) {
        page.navigate(url(path));
        return page;
    }

    /** The value this site keeps under {@code key} in the browser's localStorage, or null. */
    public String localStorage(String key) {
        return (String) page.evaluate("key => localStorage.getItem(key)", key);
    }

    /** The JSON this site keeps under {@code key} in localStorage, parsed by the browser (maps, lists, numbers), once it is there. */
    public Object stored(String key) {
        // The page's module scripts run after it is shown; wait for them to have stored the key.
        page.waitForFunction("key => localStorage.getItem(key) !== null", key);
        return page.evaluate("key => JSON.parse(localStorage.getItem(key))", key);
    }

    /**
     * Runs axe-core on the page as it is now, at phone and at desktop width and in
     * the dark colour scheme too, and keeps a full-page screenshot of each as
     * {@code target/screenshots/<name>-<phone|desktop|desktop-dark>.png}.
     */
    public void checkAccessibilityAndScreenshot(String name) {
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : List.of(PHONE, DESKTOP, DESKTOP_DARK)) {
            page.setViewportSize(viewport.width(), viewport.height());
            page.emulateMedia(new Page.EmulateMediaOptions()
                    .setColorScheme(viewport == DESKTOP_DARK ? ColorScheme.DARK : ColorScheme.LIGHT));
            AxeResults results = new AxeBuilder(page).analyze();
            for (Rule rule : results.getViolations()) {
                problems.add(viewport.name() + ": " + describe(rule));
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + viewport.name() + ".png")));
        }
        page.setViewportSize(DESKTOP.width(), DESKTOP.height());
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertThat(problems)
                .as("axe-core violations on %s (%s)", name, page.url())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream()
                .map(node -> node.getTarget() + ": " + node.getFailureSummary())
                .collect(Collectors.joining("\n    "));
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n    " + nodes;
    }

    /**
     * Everything the tab sent was a page load (a GET, or a form post to the
     * screening or the routine), or a GET of the site's own CSS, script or
     * image: no fetch, no XHR, no beacon, no other host. And no script failed.
     */
    public void assertOnlyPageLoadsFormPostsAndStaticAssets() {
        List<Sent> sent;
        synchronized (requests) {
            sent = List.copyOf(requests);
        }
        assertThat(sent).as("requests").isNotEmpty();
        assertThat(sent)
                .as("requests other than page loads, form posts and static assets")
                .filteredOn(request -> !allowed(request))
                .isEmpty();
        assertThat(errors).as("script errors").isEmpty();
    }

    public List<Sent> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private boolean allowed(Sent request) {
        URI uri = URI.create(request.url());
        if (!request.url().startsWith(origin + "/")) {
            return false;
        }
        String path = uri.getPath();
        if (request.serviceWorker()) {
            // sw.js keeps the public pages for offline use, fetched without cookies, and passes page loads on
            return "GET".equals(request.method()) && !path.startsWith("/api/");
        }
        if ("document".equals(request.resourceType()) && request.navigation()) {
            return "GET".equals(request.method()) || "POST".equals(request.method()) && FORM_POSTS.contains(path);
        }
        return "GET".equals(request.method())
                && ASSET_TYPES.contains(request.resourceType())
                && STATIC_ASSET.matcher(path).matches();
    }

    @Override
    public void close() {
        context.close();
    }
}
