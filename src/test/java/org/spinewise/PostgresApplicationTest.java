package org.spinewise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.spinewise.support.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on PostgreSQL, chosen by configuration alone (the {@code postgres} profile). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresApplicationTest extends OnPostgres {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesOnPostgres() throws IOException, InterruptedException {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");

        HttpResponse<String> screening = http.send(
                HttpRequest.newBuilder(uri("/api/v1/screenings"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(PersonRecords.HEALTHY_SCREENING))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(screening.statusCode()).isEqualTo(200);
        assertThat(screening.body()).contains("\"disposition\":\"SELF_CARE\"");

        String releases = get("/api/v1/content-releases").body();
        assertThat(releases).contains("\"kind\":\"rules\"").contains("\"kind\":\"library\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
