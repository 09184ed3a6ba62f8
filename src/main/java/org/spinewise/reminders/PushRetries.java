package org.spinewise.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

/**
 * A break's push that its push service answered 429 or 5xx, tried again later with a doubling wait, kept in
 * db-scheduler's table so that a restart does not lose it, and dropped when the break's interval is over.
 */
final class PushRetries {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("movement-break-push-retry", String.class);

    private final SchedulerClient client;
    private final Duration firstWait;

    PushRetries(SchedulerClient client, Duration firstWait) {
        this.client = client;
        this.firstWait = firstWait;
    }

    /** Data: {@code subscription|deadline epoch millis|attempt}. */
    void schedule(UUID subscriptionId, Instant deadline, int attempt) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 16));
        Instant at = Instant.now().plus(wait);
        String data = subscriptionId + "|" + deadline.toEpochMilli() + "|" + attempt;
        client.scheduleIfNotExists(TASK.instance(subscriptionId + "-" + deadline.toEpochMilli() + "-" + attempt)
                .data(data)
                .scheduledTo(at));
    }

    /** Runs one retry, and schedules the next when the push service asks for patience again. */
    void run(String data, BreakSender breaks) {
        String[] parts = data.split("\\|");
        UUID subscription = UUID.fromString(parts[0]);
        Instant deadline = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        int attempt = Integer.parseInt(parts[2]);
        if (breaks.retry(subscription, deadline)) {
            schedule(subscription, deadline, attempt + 1);
        }
    }
}
