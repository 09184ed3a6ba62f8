package org.spinewise.site.offline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.system.security.SecurityHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** pocket.md, "Installable", over real HTTP: the manifest, its icons and the service worker as a browser gets them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstallableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PRECACHE = Pattern.compile("const PRECACHE = (\\[[^\\]]*\\]);");
    private static final Pattern RELEASE = Pattern.compile("const RELEASE = '([0-9a-f]{16})';");

    @LocalServerPort
    int port;

    @Autowired
    Library library;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyPageLinksTheManifestAndLoadsTheScriptThatRegistersTheWorker() throws Exception {
        for (String path : List.of("/", "/library", "/therapy", "/routine", "/offline", "/screening", "/signin")) {
            String page = new String(get(path).body());
            assertThat(page).as(path).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
            assertThat(page).as(path).contains("<script type=\"module\" src=\"/js/offline.js\"></script>");
        }
        assertThat(new String(get("/js/offline.js").body())).contains("navigator.serviceWorker.register('/sw.js')");
    }

    @Test
    void theManifestNamesTheAppAndItsIconsWhichAreServedPngsOfTheirSize() throws Exception {
        HttpResponse<byte[]> answer = get("/manifest.webmanifest");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        JsonNode manifest = JSON.readTree(answer.body());
        for (String field : List.of("name", "short_name", "start_url", "scope", "theme_color", "background_color")) {
            assertThat(manifest.path(field).asString()).as(field).isNotBlank();
        }
        assertThat(manifest.path("display").asString()).isEqualTo("standalone");
        assertThat(manifest.path("scope").asString()).isEqualTo("/");
        boolean maskable = false;
        for (JsonNode icon : manifest.path("icons")) {
            HttpResponse<byte[]> png = get(icon.path("src").asString());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
            int size = Integer.parseInt(icon.path("sizes").asString().split("x")[0]);
            // a PNG's IHDR holds its width and height at bytes 16 to 23
            assertThat(java.nio.ByteBuffer.wrap(png.body(), 16, 8).getInt()).isEqualTo(size);
            maskable |= icon.path("purpose").asString().contains("maskable");
        }
        assertThat(manifest.path("icons").findValuesAsString("sizes")).contains("192x192", "512x512");
        assertThat(maskable).as("a maskable icon").isTrue();
    }

    @Test
    void theWorkerIsFreshJavaScriptNamingItsReleaseAndOnlyPublicPages() throws Exception {
        HttpResponse<byte[]> answer = get("/sw.js");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        String worker = new String(answer.body());
        Matcher release = RELEASE.matcher(worker);
        assertThat(release.find()).as("the release is written in").isTrue();
        assertThat(new String(get("/sw.js").body()))
                .as("one release, one worker")
                .isEqualTo(worker);

        Matcher precache = PRECACHE.matcher(worker);
        assertThat(precache.find()).isTrue();
        List<String> urls = JSON.readValue(
                precache.group(1), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(urls).contains("/", "/library", "/learn", "/therapy", "/history", "/routine", "/offline");
        assertThat(urls).contains("/css/site.css", "/js/player.js", "/js/offline.js", "/manifest.webmanifest");
        library.exercises().stream()
                .map(Exercise::id)
                .forEach(id -> assertThat(urls).contains("/library/" + id));
        library.pages().forEach(page -> assertThat(urls).contains("/learn/" + page.id()));
        assertThat(urls)
                .as("nothing personal, nothing that needs the network")
                .noneMatch(url -> url.startsWith("/api/")
                        || url.startsWith("/me")
                        || url.startsWith("/search")
                        || url.startsWith("/screening")
                        || url.startsWith("/clinic")
                        || url.startsWith("/admin"));
        for (String url : urls) {
            assertThat(get(url).statusCode()).as(url).isEqualTo(200);
        }
    }
}
