package org.spinewise.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.spinewise.support.ApiClient;
import tools.jackson.core.JacksonException;

/**
 * A client storing routine runs, each several rows written in one transaction (the run and its items),
 * one after another until stopped, so that some are in flight when the database goes away.
 */
final class RoutineRunWriter {

    /** Each run's completed exercises: one {@code routine_run} row and six {@code routine_run_item} rows. */
    static final List<String> ITEMS = List.of(
            "pelvic-tilt",
            "knee-to-chest",
            "seated-trunk-rotation",
            "pelvic-tilt",
            "knee-to-chest",
            "seated-trunk-rotation");

    private final ApiClient client;
    private final Instant firstStart;
    private final Thread thread;
    private final AtomicInteger runs = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger outageAnswers = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /**
     * What the writer saw: ids of runs answered 201, how many answers were 503, and anything else,
     * including a 201 whose body is not the stored run (what a failed session save at the end of the
     * request used to make of it, docs/outage.md).
     */
    record Outcome(Set<String> acknowledged, int outageAnswers, List<String> unexpected) {}

    private RoutineRunWriter(ApiClient client, Instant firstStart) {
        this.client = client;
        this.firstStart = firstStart;
        this.thread = new Thread(this::write, "routine-run-writer");
    }

    /** Starts writing runs that start at {@code firstStart}, one second apart, as the person {@code client} is. */
    static RoutineRunWriter start(ApiClient client, Instant firstStart) {
        var writer = new RoutineRunWriter(client, firstStart);
        writer.thread.start();
        return writer;
    }

    static String run(Instant startedAt) {
        var body = ApiClient.JSON
                .createObjectNode()
                .put("startedAt", startedAt.toString())
                .put("endedAt", startedAt.plus(Duration.ofMinutes(10)).toString())
                .put("painBefore", 4)
                .put("painAfter", 2)
                .putNull("stop");
        ITEMS.forEach(body.putArray("completed")::add);
        return ApiClient.JSON.writeValueAsString(body);
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    int outageAnswersSoFar() {
        return outageAnswers.get();
    }

    Outcome stop() throws InterruptedException {
        stopped = true;
        thread.join(Duration.ofSeconds(30).toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the routine run writer did not stop within 30 s");
        }
        return new Outcome(Set.copyOf(acknowledged), outageAnswers.get(), List.copyOf(unexpected));
    }

    private void write() {
        while (!stopped) {
            Instant startedAt = firstStart.plusSeconds(runs.getAndIncrement());
            try {
                ApiClient.Answer answer = client.post("/api/v1/routine-runs", run(startedAt));
                if (answer.status() == 201) {
                    acknowledge(answer);
                } else if (answer.status() == 503) {
                    outageAnswers.incrementAndGet();
                } else {
                    unexpected.add(answer.status() + " " + answer.body());
                }
            } catch (IOException | RuntimeException e) {
                unexpected.add(e.toString()); // recorded, so the test fails with it instead of the thread dying
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void acknowledge(ApiClient.Answer answer) {
        try {
            acknowledged.add(answer.json().path("id").asString());
        } catch (JacksonException damagedBody) {
            unexpected.add("201 with a body that is not the stored run: " + answer.body());
        }
    }
}
