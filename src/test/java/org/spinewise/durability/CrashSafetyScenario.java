package org.spinewise.durability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.spinewise.support.ApiClient;
import org.spinewise.support.SpinewiseServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety, whatever the database: a person's check-ins are written through the API by several
 * clients at once, the server is killed with SIGKILL mid-write and started again on the same database,
 * and every check-in that was answered 2xx must be there with the values written. A write whose answer
 * the kill cut off may or may not be there: it was never promised.
 */
final class CrashSafetyScenario {

    private static final int WRITERS = 4;
    /** Enough acknowledged writes that losing some would show; fewer means the test proved nothing. */
    private static final int MIN_ACKNOWLEDGED = 40;
    /** Writing at full speed for at least this long before the kill. */
    private static final Duration WRITING = Duration.ofMillis(1500);

    private static final Duration ACKNOWLEDGEMENT_DEADLINE = Duration.ofSeconds(30);
    private static final String PASSWORD = "quiet-river-stone-42";

    private final String name;
    private final List<String> applicationArguments;
    private final Path log;

    /**
     * @param name                 names the server's log, {@code target/crash-safety/<name>.log}
     * @param applicationArguments select the database; both runs of the server get the same
     */
    CrashSafetyScenario(String name, List<String> applicationArguments) {
        this.name = name;
        this.applicationArguments = applicationArguments;
        this.log = Path.of("target", "crash-safety", name + ".log").toAbsolutePath();
    }

    void noAcknowledgedCheckInIsLostToSigkill() throws IOException, InterruptedException {
        String email = "crash-" + UUID.randomUUID() + "@example.org";
        CheckInWriters.Outcome outcome;
        try (var server = SpinewiseServer.start(applicationArguments, log)) {
            var client = new ApiClient(server.uri());
            assertThat(client.signUp(email, PASSWORD).status()).as("sign-up").isEqualTo(201);
            outcome = writeUntilKilled(client, server);
        }
        assertThat(outcome.rejected())
                .as("check-ins answered 4xx: the writes must be valid")
                .isZero();
        assertThat(outcome.acknowledged().size())
                .as("check-ins acknowledged before the kill")
                .isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED);
        assertThat(outcome.failures())
                .as("writers that stopped other than by the kill")
                .isEmpty();
        // Every writer still looping at full speed when the kill came is what makes it land mid-write; how
        // many had a request on the wire at that instant is up to the scheduler, so it is reported below.
        assertThat(outcome.stoppedByKill())
                .as("writers still writing when the kill came")
                .isEqualTo(WRITERS);

        Map<LocalDate, CheckIn> stored;
        try (var restarted = SpinewiseServer.start(applicationArguments, log)) {
            stored = storedCheckIns(new ApiClient(restarted.uri()), email);
        }
        System.out.printf(
                "crash safety (%s): %d check-ins acknowledged in %d ms before SIGKILL, the last %d µs before it, "
                        + "%d cut off in flight, %d stored after restart%n",
                name,
                outcome.acknowledged().size(),
                outcome.writtenFor().toMillis(),
                outcome.lastAcknowledgedBeforeKill().toNanos() / 1000,
                outcome.inFlightAtKill(),
                stored.size());
        assertThat(lost(outcome.acknowledged(), stored))
                .as(
                        "of %d acknowledged check-ins, those missing or changed after SIGKILL and restart",
                        outcome.acknowledged().size())
                .isEmpty();
    }

    private static List<CheckIn> lost(Map<LocalDate, CheckIn> acknowledged, Map<LocalDate, CheckIn> stored) {
        return acknowledged.values().stream()
                .filter(written -> !written.equals(stored.get(written.day())))
                .sorted(Comparator.comparing(CheckIn::day))
                .toList();
    }

    private static CheckInWriters.Outcome writeUntilKilled(ApiClient client, SpinewiseServer server)
            throws InterruptedException {
        long startedAt = System.nanoTime();
        CheckInWriters writers = CheckInWriters.start(client, WRITERS);
        long deadline = startedAt + ACKNOWLEDGEMENT_DEADLINE.toNanos();
        while (writers.acknowledgedSoFar() < MIN_ACKNOWLEDGED && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long writtenFor = System.nanoTime() - startedAt;
        if (writtenFor < WRITING.toNanos()) {
            // Not waiting for a state: only letting the writers run at full speed, so the kill lands mid-write.
            Thread.sleep(Duration.ofNanos(WRITING.toNanos() - writtenFor).toMillis());
        }
        writers.killing();
        server.kill();
        return writers.awaitStopped(Duration.ofSeconds(30), Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private static Map<LocalDate, CheckIn> storedCheckIns(ApiClient client, String email)
            throws IOException, InterruptedException {
        assertThat(client.signIn(email, PASSWORD).status())
                .as("sign-in after the restart")
                .isEqualTo(200);
        // Without from and to, the list holds every check-in of the person, unpaged (account-api.md).
        ApiClient.Answer list = client.get("/api/v1/checkins");
        assertThat(list.status()).as("GET /api/v1/checkins: %s", list.body()).isEqualTo(200);
        Map<LocalDate, CheckIn> stored = new HashMap<>();
        for (JsonNode item : list.json().path("items")) {
            CheckIn checkIn = CheckIn.of(item);
            stored.put(checkIn.day(), checkIn);
        }
        return stored;
    }
}
