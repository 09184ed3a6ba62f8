package org.spinewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on PostgreSQL, chosen by configuration alone (the {@code postgres} profile). */
@EnabledWithPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresApplicationTest {

    private static final String HEALTHY_SCREENING = """
            {"age": 40, "painLevel": 2, "conditions": [], "onsetHours": 72, "answers": {
              "bowel_bladder_change": false, "saddle_numbness": false, "progressive_leg_weakness": false,
              "both_legs_affected": false, "new_sexual_dysfunction": false, "sudden_severe_pain_faint": false,
              "very_unwell": false, "fever": false, "unexplained_weight_loss": false, "cancer_history": false,
              "recent_trauma": false, "infection_risk": false, "constant_night_pain": false,
              "leg_numbness_tingling_weakness": false, "swelling_redness_warmth": false,
              "pain_when_cracking": false, "locked_back": false, "stiffness_not_improving": false,
              "pain_below_knee": false, "recent_spine_surgery": false, "pregnant": false}}""";

    private static PostgresDatabase database;

    /** A throw-away schema, so runs of different branches never meet in one schema history. */
    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) throws SQLException {
        database = PostgresDatabase.freshSchema();
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.flyway.schemas", database::schema);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesOnPostgres() throws IOException, InterruptedException {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");

        HttpResponse<String> screening = http.send(HttpRequest.newBuilder(uri("/api/v1/screenings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HEALTHY_SCREENING)).build(),
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
