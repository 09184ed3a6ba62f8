package org.spinewise.system.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.system.security.SecurityHeaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before Spinewise sees them (an address it cannot decode) still get the strict
 * headers every answer carries, and a problem under {@code /api/}. Over a raw socket, since an HTTP client
 * will not send such an address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerErrorReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/exercises/%zz", "/api/v1/exercises/a%00b", "/api/v1/exercises/..%2f..%2fetc"})
    void anUnreadableApiAddressIsAProblemWithTheHeaders(String path) throws IOException {
        RawAnswer answer = get(path);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
        assertStrictHeaders(answer);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/library/%zz", "/learn/a%00b"})
    void anUnreadablePageAddressIsAPageWithTheHeaders(String path) throws IOException {
        RawAnswer answer = get(path);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("Bad Request", "href=\"/\"").doesNotContain("Tomcat", "<style");
        assertStrictHeaders(answer);
    }

    private static void assertStrictHeaders(RawAnswer answer) {
        assertThat(answer.header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawAnswer get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static RawAnswer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: %s", raw).isPositive();
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
    }
}
