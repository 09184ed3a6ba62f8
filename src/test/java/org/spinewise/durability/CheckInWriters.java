package org.spinewise.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.spinewise.support.ApiClient;

/**
 * Clients writing check-ins on distinct days as fast as the server answers, each keeping what was
 * acknowledged (answered 2xx). A writer stops at its first failed connection: the server is gone. A writer
 * that stops any other way (a failed connection before the kill, an exception) is recorded as a failure,
 * never silently dropped.
 */
final class CheckInWriters {

    private final ApiClient client;
    private final ExecutorService threads;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final AtomicInteger nextEntry = new AtomicInteger();
    private final Map<LocalDate, CheckIn> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger inFlightAtKill = new AtomicInteger();
    private final AtomicInteger stoppedByKill = new AtomicInteger();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile long killedAt = Long.MAX_VALUE;
    private volatile long lastAcknowledgedAt;

    /**
     * What the writers saw in {@code writtenFor}: {@code stoppedByKill} of them were still writing when the
     * kill came and stopped on the failed connection after it; {@code inFlightAtKill} writes were sent before
     * the kill and cut off by it (how many depends on where each writer was at that instant, so it is
     * reported, not required); {@code failures} says how any other writer stopped;
     * {@code lastAcknowledgedBeforeKill} is how long before the kill the last write was acknowledged.
     */
    record Outcome(
            Map<LocalDate, CheckIn> acknowledged,
            int rejected,
            int stoppedByKill,
            int inFlightAtKill,
            List<String> failures,
            Duration writtenFor,
            Duration lastAcknowledgedBeforeKill) {}

    private CheckInWriters(ApiClient client, int writers) {
        this.client = client;
        this.threads = Executors.newFixedThreadPool(writers);
    }

    /** Starts {@code writers} clients, for the person {@code client} is signed in as (the person's time zone is UTC). */
    static CheckInWriters start(ApiClient client, int writers) {
        var started = new CheckInWriters(client, writers);
        for (int writer = 0; writer < writers; writer++) {
            started.threads.execute(started::write);
        }
        started.threads.shutdown();
        return started;
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** Call just before the kill: failures of writes sent earlier are then the kill cutting them off. */
    void killing() {
        killedAt = System.nanoTime();
    }

    /** Waits for every writer to notice that the server is gone. */
    Outcome awaitStopped(Duration deadline, Duration writtenFor) throws InterruptedException {
        if (!threads.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            throw new AssertionError("writers still running " + deadline + " after the kill");
        }
        return new Outcome(
                Map.copyOf(acknowledged),
                rejected.get(),
                stoppedByKill.get(),
                inFlightAtKill.get(),
                List.copyOf(failures),
                writtenFor,
                Duration.ofNanos(Math.max(0, killedAt - lastAcknowledgedAt)));
    }

    private void stopped(IOException serverGone, long sentAt) {
        if (System.nanoTime() < killedAt) {
            failures.add("connection failed before the kill: " + serverGone);
            return;
        }
        stoppedByKill.incrementAndGet();
        if (sentAt < killedAt) {
            inFlightAtKill.incrementAndGet();
        }
    }

    private void write() {
        while (true) {
            CheckIn checkIn = CheckIn.entry(nextEntry.getAndIncrement(), today);
            long sentAt = System.nanoTime();
            try {
                ApiClient.Answer answer = client.put(checkIn.path(), checkIn.json());
                if (answer.successful()) {
                    acknowledged.put(checkIn.day(), checkIn);
                    lastAcknowledgedAt = System.nanoTime();
                } else if (answer.status() / 100 == 4) {
                    rejected.incrementAndGet();
                }
            } catch (IOException serverGone) {
                stopped(serverGone, sentAt);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add("interrupted while writing " + checkIn.day());
                return;
            } catch (RuntimeException e) {
                failures.add("writing " + checkIn.day() + ": " + e);
                return;
            }
        }
    }
}
