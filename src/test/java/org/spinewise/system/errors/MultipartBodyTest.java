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
 * Spinewise takes no uploads: a multipart body, malformed or not, is a client mistake on every endpoint,
 * never a 500. Over real HTTP, since Tomcat parses multipart bodies and MockMvc does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultipartBodyTest {

    private static final String MALFORMED = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end";

    @LocalServerPort
    int port;

    @Test
    void aMalformedMultipartBodyIsA400ProblemOnTheApi() throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/api/v1/screenings", "multipart/form-data; boundary=xyz");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsA400ProblemOnTheApi() throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/api/v1/plans", "multipart/form-data");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    }

    @Test
    void aMalformedMultipartBodyOnARequestThatTakesNoBodyIsIgnored() throws IOException, InterruptedException {
        for (String path : new String[] {"/library", "/api/v1/exercises"}) {
            HttpResponse<String> answer = send("GET", path, "multipart/form-data; boundary=xyz");

            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        }
    }

    private HttpResponse<String> post(String path, String contentType) throws IOException, InterruptedException {
        return send("POST", path, contentType);
    }

    private HttpResponse<String> send(String method, String path, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(MALFORMED))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
