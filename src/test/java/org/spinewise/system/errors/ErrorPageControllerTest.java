package org.spinewise.system.errors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that reach the servlet container's error dispatch, on a real
 * server: problem+json under {@code /api/}, an HTML page elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageControllerTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownApiPathIsA404Problem() throws Exception {
        assertProblem(send("GET", "/api/v1/whatever", null, null), 404);
    }

    @Test
    void wrongMethodIsA405Problem() throws Exception {
        assertProblem(send("GET", "/api/v1/screenings", null, null), 405);
        assertProblem(send("GET", "/api/v1/plans", null, null), 405);
    }

    @Test
    void changeWithoutCsrfTokenIsA403Problem() throws Exception {
        assertProblem(send("DELETE", "/api/v1/exercises/pelvic-tilt", null, null), 403);
    }

    @Test
    void formPostToTheApiIsA415Problem() throws Exception {
        String form = "application/x-www-form-urlencoded";
        assertProblem(send("POST", "/api/v1/screenings", form, "age=40&painLevel=2"), 415);
        assertProblem(send("POST", "/api/v1/plans", form, "minutes=10"), 415);
    }

    @Test
    void unknownPageIsAFriendlyHtmlPage() throws Exception {
        for (String path : new String[] {"/nope", "/library/nope", "/learn/nope"}) {
            HttpResponse<String> page = send("GET", path, null, null);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("We could not find that page").contains("href=\"/screening\"");
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
