package org.spinewise.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the breaks that are due (reminders-api.md, "Missed breaks"): for each enabled schedule, its latest
 * break up to now, when less than the interval has passed since it fell due and it came after the schedule's
 * last change. Each break is first claimed in the database, so it goes out once however many nodes look.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BreakSender {

    private static final Logger log = LoggerFactory.getLogger(BreakSender.class);

    private final ScheduleRepository schedules;
    private final PushSubscriptionRepository subscriptions;
    private final PushSender sender;
    private final PushSubscriptions pushes;
    private final Clock clock;
    private volatile @Nullable PushRetries retries;

    /** Where a push service's 429 or 5xx is tried again; none while the job is not running on this node. */
    void retryWith(@Nullable PushRetries retries) {
        this.retries = retries;
    }

    /** @return how many breaks this call claimed and sent */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (ScheduleRepository.Due due : schedules.enabled()) {
            Instant at = due.schedule().latestAtOrBefore(now, due.zone());
            if (at == null || !countsAt(due, at, now) || !schedules.claim(due.accountId(), at)) {
                continue;
            }
            Instant deadline = at.plus(due.schedule().interval());
            subscriptions.of(due.accountId()).forEach(subscription -> push(subscription, deadline, now));
            sent++;
        }
        return sent;
    }

    private static boolean countsAt(ScheduleRepository.Due due, Instant at, Instant now) {
        Instant lastSent = due.lastSent();
        return now.isBefore(at.plus(due.schedule().interval()))
                && at.isAfter(due.changedAt())
                && (lastSent == null || at.isAfter(lastSent));
    }

    private void push(PushSubscription subscription, Instant deadline, Instant now) {
        PushSender.Outcome outcome = sendOnce(subscription, deadline, now);
        PushRetries later = retries;
        if (outcome == PushSender.Outcome.RETRY && later != null) {
            later.schedule(subscription.id(), deadline, 1);
        }
    }

    /** One try at a break's push, with a time to live of what is left of its interval. */
    PushSender.Outcome sendOnce(PushSubscription subscription, Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return PushSender.Outcome.FAILED;
        }
        try {
            return sender.send(
                    subscription,
                    BreakMessage.payload(pushes.deskUrl(subscription, null), subscription.language()),
                    left);
        } catch (RuntimeException e) {
            log.warn("Push to subscription {} failed", subscription.id(), e);
            return PushSender.Outcome.RETRY;
        }
    }

    /** A later try of a break's push, as {@link PushRetries} runs it; false when it is over. */
    boolean retry(UUID subscriptionId, Instant deadline) {
        Instant now = clock.instant();
        return subscriptions
                .find(subscriptionId)
                .map(subscription -> sendOnce(subscription, deadline, now) == PushSender.Outcome.RETRY)
                .orElse(false);
    }
}
