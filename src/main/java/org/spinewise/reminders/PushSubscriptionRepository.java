package org.spinewise.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.api.AccountRows;
import org.spinewise.api.Bounds;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code push_subscription} table; every read but the sender's is scoped to one account. */
@Repository
class PushSubscriptionRepository {

    private static final String COLUMNS = "id, account_id, endpoint, p256dh, auth, origin, language";

    private final JdbcClient jdbc;
    private final AccountRows<PushSubscription> rows;

    PushSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(
                jdbc, "push_subscription", COLUMNS, new SimplePropertyRowMapper<>(PushSubscription.class));
    }

    Optional<PushSubscription> findByEndpoint(UUID accountId, String endpoint) {
        return rows.find(accountId, "endpoint", endpoint);
    }

    List<PushSubscription> of(UUID accountId) {
        return rows.list(accountId, Bounds.none(), "created_at, id");
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the person has this endpoint already */
    void insert(PushSubscription subscription, Instant now) {
        jdbc.sql("INSERT INTO push_subscription (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        subscription.id(),
                        subscription.accountId(),
                        subscription.endpoint(),
                        subscription.p256dh(),
                        subscription.auth(),
                        subscription.origin(),
                        subscription.language(),
                        SqlTime.utc(now))
                .update();
    }

    /** The browser subscribed again from a page in another language: its breaks speak that one from now on. */
    void changeLanguage(UUID id, String language) {
        jdbc.sql("UPDATE push_subscription SET language = ? WHERE id = ?")
                .params(language, id)
                .update();
    }

    boolean delete(UUID accountId, UUID id) {
        return rows.delete(accountId, "id", id);
    }

    /** Removes a subscription its push service no longer knows (404 or 410). */
    void forget(UUID id) {
        jdbc.sql("DELETE FROM push_subscription WHERE id = ?").params(id).update();
    }

    Optional<PushSubscription> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM push_subscription WHERE id = ?")
                .params(id)
                .query(PushSubscription.class)
                .optional();
    }
}
