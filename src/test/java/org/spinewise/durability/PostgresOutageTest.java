package org.spinewise.durability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.PersonRecords;
import org.spinewise.support.ApiClient;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.spinewise.support.TcpProxy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database outage (issue point 4): the application talks to PostgreSQL through a {@link TcpProxy}; cutting
 * it while the application serves is PostgreSQL going away (every connection dropped, new ones refused).
 * During the cut, API reads and writes answer 503 problem+json with Retry-After and health is DOWN; no
 * routine run (one transaction of several rows) is left half-written; once the proxy relays again, the
 * same signed-in person reads and writes again without a restart. {@code bench/outage/run.sh} does the
 * same by stopping the PostgreSQL cluster itself.
 */
@EnabledWithPostgres
@ActiveProfiles("postgres")
// A shorter wait for a connection than the app's 3 s only makes the outage's 503s come sooner.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=1000")
// Its data source points at a proxy that closes with this class: no other test may reuse the context.
@DirtiesContext
class PostgresOutageTest {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(30);
    private static final String PASSWORD = "quiet-river-stone-42";
    private static final String CHECK_IN = "{\"pain\": 3, \"stiffness\": 4, \"sittingHours\": 6.5}";

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    private static TcpProxy postgres;

    @LocalServerPort
    int port;

    @BeforeAll
    static void proxyInFrontOfPostgres() throws IOException {
        InetSocketAddress server = database.serverAddress();
        postgres = TcpProxy.to(server.getHostString(), server.getPort());
    }

    @AfterAll
    static void closeProxy() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @DynamicPropertySource
    static void databaseThroughProxy(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> database.urlVia(postgres.port()));
        properties.add("spring.flyway.schemas", database::schema);
    }

    @Test
    void answers503WhilePostgresIsAwayAndRecoversWithoutRestart() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant yesterday = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        ApiClient person = new ApiClient(base());
        assertThat(person.signUp("outage-" + UUID.randomUUID() + "@example.org", PASSWORD)
                        .status())
                .isEqualTo(201);
        assertThat(person.put(checkIn(today.minusDays(1)), CHECK_IN).status())
                .as("check-in before")
                .isEqualTo(201);

        RoutineRunWriter writer = RoutineRunWriter.start(person, yesterday);
        awaitUntil("routine runs stored before the cut", () -> writer.acknowledgedSoFar() >= 3);
        assertThat(postgres.liveConnections())
                .as("connections the cut will drop")
                .isPositive();
        postgres.cut();

        Instant refusedRunStart = yesterday.minus(Duration.ofHours(1));
        assertOutage(person.put(checkIn(today.minusDays(2)), CHECK_IN), "a check-in");
        assertOutage(person.get("/api/v1/checkins"), "the list of check-ins");
        assertOutage(person.post("/api/v1/routine-runs", RoutineRunWriter.run(refusedRunStart)), "a routine run");
        assertHealth(503, "DOWN");
        assertThat(anonymousScreening().status())
                .as("a screening needs no database")
                .isEqualTo(200);
        awaitUntil("the writer answered 503 during the cut", () -> writer.outageAnswersSoFar() >= 1);
        RoutineRunWriter.Outcome written = writer.stop();

        postgres.restore();
        long restoredAt = System.nanoTime();
        awaitUntil("health UP after the restore", () -> healthStatus() == 200);
        assertThat(awaitAnswer(() -> person.put(checkIn(today.minusDays(3)), CHECK_IN))
                        .status())
                .as("check-in after the outage, same session")
                .isEqualTo(201);
        System.out.printf(
                "outage: %d routine runs acknowledged, %d answered 503 "
                        + "during the cut; health UP and the person writing again %d ms after the restore%n",
                written.acknowledged().size(),
                written.outageAnswers(),
                Duration.ofNanos(System.nanoTime() - restoredAt).toMillis());

        assertThat(storedDays(person))
                .as("check-ins after the outage: the refused one is not there")
                .containsExactly(today.minusDays(3), today.minusDays(1));
        assertNothingHalfWritten(person, written, refusedRunStart);
    }

    private static String checkIn(LocalDate day) {
        return "/api/v1/checkins/" + day;
    }

    private static void assertOutage(ApiClient.Answer answer, String what) {
        assertThat(answer.status())
                .as("%s during the outage: %s", what, answer.body())
                .isEqualTo(503);
        assertThat(answer.contentType()).as("%s: Content-Type", what).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).as("%s: Retry-After", what).isNotNull().containsOnlyDigits();
        assertThat(answer.json().path("status").asInt())
                .as("%s: problem status", what)
                .isEqualTo(503);
    }

    private void assertHealth(int status, String health) throws IOException, InterruptedException {
        ApiClient.Answer answer = new ApiClient(base()).get("/actuator/health");
        assertThat(answer.status()).as("health: %s", answer.body()).isEqualTo(status);
        assertThat(answer.json().path("status").asString()).isEqualTo(health);
    }

    /** Every stored run whole (all six items), every acknowledged run there, the refused one not. */
    private static void assertNothingHalfWritten(
            ApiClient person, RoutineRunWriter.Outcome written, Instant refusedRunStart)
            throws IOException, InterruptedException {
        assertThat(written.unexpected()).as("answers other than 201 and 503").isEmpty();
        ApiClient.Answer list = person.get("/api/v1/routine-runs");
        assertThat(list.status()).as("routine runs: %s", list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode run : list.json().path("items")) {
            ids.add(run.path("id").asString());
            assertThat(run.path("completed")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList())
                    .as("items of run %s", run.path("id"))
                    .isEqualTo(RoutineRunWriter.ITEMS);
            assertThat(Instant.parse(run.path("startedAt").asString()))
                    .as("the run refused during the outage")
                    .isNotEqualTo(refusedRunStart);
        }
        assertThat(ids).as("every run answered 201").containsAll(written.acknowledged());
    }

    private ApiClient.Answer anonymousScreening() throws IOException, InterruptedException {
        return new ApiClient(base()).post("/api/v1/screenings", PersonRecords.HEALTHY_SCREENING);
    }

    private int healthStatus() throws IOException, InterruptedException {
        return new ApiClient(base()).get("/actuator/health").status();
    }

    private static List<LocalDate> storedDays(ApiClient person) throws IOException, InterruptedException {
        ApiClient.Answer list = person.get("/api/v1/checkins");
        assertThat(list.status()).as("check-ins: %s", list.body()).isEqualTo(200);
        return list.json()
                .path("items")
                .valueStream()
                .map(item -> LocalDate.parse(item.path("day").asString()))
                .toList();
    }

    /** The first answer that is not 503: the pool may still be reconnecting right after health turned UP. */
    private static ApiClient.Answer awaitAnswer(Request request) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_DEADLINE.toNanos();
        ApiClient.Answer answer = request.send();
        while (answer.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = request.send();
        }
        return answer;
    }

    private static void awaitUntil(String what, Condition condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_DEADLINE.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime())
                    .as("%s within %s", what, RECOVERY_DEADLINE)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Request {
        ApiClient.Answer send() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }
}
