package org.spinewise.reminders;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.SqlTime;
import org.spinewise.system.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A person's push subscriptions and test notifications (reminders-api.md, "Notifications"). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PushSubscriptions {

    /** Test notifications a person may ask for within {@link #TEST_WINDOW}. */
    public static final int TESTS_PER_WINDOW = 5;

    public static final Duration TEST_WINDOW = Duration.ofMinutes(1);
    private static final Duration TEST_TIME_TO_LIVE = Duration.ofMinutes(5);

    private final PushSubscriptionRepository subscriptions;
    private final PushEndpoints endpoints;
    private final PushSender sender;
    private final SiteAddress site;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The subscription's id, and whether it is new. */
    public record Subscribed(UUID id, boolean created) {}

    /** Whether the server may call this endpoint at all. */
    /** The person's subscriptions, for their export. */
    public List<PushSubscription> of(UUID accountId) {
        return subscriptions.of(accountId);
    }

    public boolean allowed(String endpoint) {
        return endpoints.allowed(endpoint) != null;
    }

    /**
     * Keeps the subscription, or finds the person's one with this endpoint. The endpoint must be allowed. Its
     * breaks will speak the language of the request that subscribed.
     */
    public Subscribed subscribe(UUID accountId, String endpoint, String p256dh, String auth, String origin) {
        String language = Messages.locale().getLanguage();
        URI uri = endpoints.allowed(endpoint);
        if (uri == null) {
            throw new IllegalArgumentException("push endpoint not allowed");
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            var known = subscriptions.findByEndpoint(accountId, endpoint);
            if (known.isPresent()) {
                if (!known.get().language().equals(language)) {
                    subscriptions.changeLanguage(known.get().id(), language);
                }
                return new Subscribed(known.get().id(), false);
            }
            try {
                UUID id = UUID.randomUUID();
                subscriptions.insert(
                        new PushSubscription(id, accountId, endpoint, p256dh, auth, origin, language), clock.instant());
                return new Subscribed(id, true);
            } catch (DuplicateKeyException subscribedMeanwhile) {
                // the same browser subscribed twice at once: answer the one stored
            }
        }
        throw new IllegalStateException("a push subscription kept changing while it was stored");
    }

    public boolean unsubscribe(UUID accountId, UUID id) {
        return subscriptions.delete(accountId, id);
    }

    /**
     * Sends one test notification to each of the person's subscriptions now, unless they asked for
     * {@link #TESTS_PER_WINDOW} within the last minute.
     *
     * @return false, sending nothing, when the person asked too often
     */
    public boolean sendTest(UUID accountId, String requestOrigin) {
        Instant now = clock.instant();
        Integer recent = jdbc.sql("SELECT COUNT(*) FROM push_test WHERE account_id = ? AND at > ?")
                .params(accountId, SqlTime.utc(now.minus(TEST_WINDOW)))
                .query(Integer.class)
                .single();
        if (recent != null && recent >= TESTS_PER_WINDOW) {
            return false;
        }
        jdbc.sql("DELETE FROM push_test WHERE account_id = ? AND at <= ?")
                .params(accountId, SqlTime.utc(now.minus(TEST_WINDOW)))
                .update();
        jdbc.sql("INSERT INTO push_test (account_id, at) VALUES (?, ?)")
                .params(accountId, SqlTime.utc(now))
                .update();
        for (PushSubscription subscription : subscriptions.of(accountId)) {
            sender.send(
                    subscription,
                    BreakMessage.payload(
                            deskUrl(subscription, requestOrigin),
                            Messages.locale().getLanguage()),
                    TEST_TIME_TO_LIVE);
        }
        return true;
    }

    String deskUrl(PushSubscription subscription, @Nullable String requestOrigin) {
        return site.deskRoutine(requestOrigin != null ? requestOrigin : subscription.origin());
    }
}
