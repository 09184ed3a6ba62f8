package org.spinewise.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.spinewise.support.ApiClient;

/**
 * Clients writing check-ins on distinct days as fast as the server answers, each keeping what was
 * acknowledged (answered 2xx). A writer stops at its first failed connection: the server is gone.
 */
final class CheckInWriters {

    private final ApiClient client;
    private final ExecutorService threads;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final AtomicInteger nextEntry = new AtomicInteger();
    private final Map<LocalDate, CheckIn> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger inFlightAtKill = new AtomicInteger();
    private volatile long killedAt = Long.MAX_VALUE;

    /**
     * What the writers saw in {@code writtenFor}: {@code inFlightAtKill} writes were sent before the kill and
     * cut off by it.
     */
    record Outcome(Map<LocalDate, CheckIn> acknowledged, int rejected, int inFlightAtKill, Duration writtenFor) {
    }

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
        return new Outcome(Map.copyOf(acknowledged), rejected.get(), inFlightAtKill.get(), writtenFor);
    }

    private void write() {
        while (true) {
            CheckIn checkIn = CheckIn.entry(nextEntry.getAndIncrement(), today);
            long sentAt = System.nanoTime();
            try {
                ApiClient.Answer answer = client.put(checkIn.path(), checkIn.json());
                if (answer.successful()) {
                    acknowledged.put(checkIn.day(), checkIn);
                } else if (answer.status() / 100 == 4) {
                    rejected.incrementAndGet();
                }
            } catch (IOException serverGone) {
                if (sentAt < killedAt && System.nanoTime() > killedAt) {
                    inFlightAtKill.incrementAndGet();
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
