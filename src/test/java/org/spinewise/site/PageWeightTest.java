package org.spinewise.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiRequests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load of every page, counted in bytes on the wire (compressed
 * as a browser asks for it): the page, its stylesheet, its scripts and the
 * modules they import, and its images. The budget is 100 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightTest {

    private static final int BUDGET_BYTES = 100 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img)/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([^']+\\.js)'");
    private static final String HEALTHY = "age=35&painLevel=2&onset=days" + ApiRequests.everyAnswerNoAsForm();

    @LocalServerPort
    int port;

    // Keeps the CSRF cookie, as a browser does; forms carry the token the page gave them.
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static Stream<String> pages() {
        return Stream.of(
                "/",
                "/screening",
                "/therapy",
                "/library",
                "/library/knee-to-chest",
                "/learn",
                "/learn/why-backs-pop",
                "/learn/flare-up-plan",
                "/search?q=why+does+my+back+pop",
                "/history",
                "POST /screening",
                "POST /routine");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void firstLoadStaysUnderBudget(String page) throws Exception {
        HttpResponse<byte[]> html = load(page);
        assertThat(html.statusCode()).isEqualTo(200);
        long total = html.body().length;
        for (String asset : assets(decoded(html))) {
            HttpResponse<byte[]> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            total += response.body().length;
        }
        assertThat(total).as("bytes transferred for %s", page).isLessThan(BUDGET_BYTES);
    }

    private HttpResponse<byte[]> load(String page) throws IOException, InterruptedException {
        if (page.equals("POST /screening")) {
            return post("/screening", HEALTHY + csrfFrom(decoded(get("/screening"))));
        }
        if (page.equals("POST /routine")) {
            String result = decoded(post("/screening", HEALTHY + csrfFrom(decoded(get("/screening")))));
            Matcher screening =
                    Pattern.compile("name=\"screening\" value=\"([^\"]+)\"").matcher(result);
            assertThat(screening.find())
                    .as("the result page carries the screening to the routine form")
                    .isTrue();
            String json = screening.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
            return post(
                    "/routine",
                    "screening=" + java.net.URLEncoder.encode(json, StandardCharsets.UTF_8)
                            + "&positions=CHAIR&positions=FLOOR&positions=LYING&minutes=10&goal=RELIEVE_TENSION"
                            + csrfFrom(result));
        }
        return get(page);
    }

    private static String csrfFrom(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        return "&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** The assets a browser fetches for this page, with the modules each script imports. */
    private Set<String> assets(String html) throws IOException, InterruptedException {
        Set<String> assets = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            pending.add(matcher.group(1));
        }
        while (!pending.isEmpty()) {
            String asset = pending.poll();
            if (assets.add(asset) && asset.endsWith(".js")) {
                Matcher imports = IMPORT.matcher(new String(get(asset).body(), StandardCharsets.UTF_8));
                while (imports.find()) {
                    pending.add("/js/" + imports.group(1));
                }
            }
        }
        return assets;
    }

    /** Compressed bodies are counted as sent; pages are read decompressed to find their assets. */
    private static String decoded(HttpResponse<byte[]> response) throws IOException {
        boolean gzip =
                response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        byte[] body = gzip
                ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes()
                : response.body();
        return new String(body, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String form) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip");
    }
}
