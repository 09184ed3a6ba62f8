package org.spinewise.api;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.spinewise.support.ApiClient;
import org.spinewise.support.ApiClient.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies of one record with one {@code clientId}, sent at the same moment over real connections (pocket.md,
 * "Offline"): exactly one is created, every other copy answers 200 with that record, and one is stored.
 * Used on H2 and on PostgreSQL, where the unique constraint, not the controller's look-up, must decide.
 */
final class ConcurrentClientIds {

    private static final int COPIES = 12;
    private static final Instant START =
            Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private ConcurrentClientIds() {}

    static String run(String clientId) {
        var body = ApiClient.JSON
                .createObjectNode()
                .put("clientId", clientId)
                .put("startedAt", START.toString())
                .put("endedAt", START.plusSeconds(600).toString())
                .put("painBefore", 3)
                .putNull("stop");
        body.putArray("completed").add("pelvic-tilt");
        return ApiClient.JSON.writeValueAsString(body);
    }

    static String session(String clientId) {
        return ApiClient.JSON.writeValueAsString(ApiClient.JSON
                .createObjectNode()
                .put("clientId", clientId)
                .put("kind", "COLD")
                .put("minutes", 10)
                .put("startedAt", START.toString())
                .put("endedAt", START.plusSeconds(600).toString())
                .put("finished", true));
    }

    /** Sends each kind's copies at once, several rounds, and checks what was answered and stored. */
    static void check(int port) throws Exception {
        var client = new ApiClient(URI.create("http://localhost:" + port));
        assertThat(client.signUp("concurrent-" + UUID.randomUUID() + "@example.org", "spine-" + UUID.randomUUID())
                        .status())
                .isEqualTo(201);
        for (int round = 0; round < 5; round++) {
            sendAtOnce(client, "/api/v1/routine-runs", run(UUID.randomUUID().toString()));
            sendAtOnce(
                    client,
                    "/api/v1/therapy-sessions",
                    session(UUID.randomUUID().toString()));
        }
        assertThat(client.get("/api/v1/routine-runs").json().path("items").size())
                .isEqualTo(5);
        assertThat(client.get("/api/v1/therapy-sessions").json().path("items").size())
                .isEqualTo(5);
    }

    private static void sendAtOnce(ApiClient client, String path, String body) throws Exception {
        // warm the CSRF token first, so every copy goes out at once rather than after a fetch of its own
        client.get("/api/v1/csrf");
        CountDownLatch ready = new CountDownLatch(COPIES);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(COPIES);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                Callable<Answer> send = () -> {
                    ready.countDown();
                    go.await();
                    return client.post(path, body);
                };
                answers.add(threads.submit(send));
            }
            ready.await();
            go.countDown();
            List<Answer> answered = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                answered.add(answer.get());
            }
            assertThat(answered).extracting(Answer::status).containsOnly(200, 201);
            assertThat(answered.stream().filter(a -> a.status() == 201))
                    .as("created")
                    .hasSize(1);
            assertThat(answered.stream()
                            .map(a -> a.json().path("id").asString())
                            .distinct())
                    .as("ids answered")
                    .hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
