package org.spinewise.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The {@code sign_in_guard} and {@code sign_in_failure} tables, as {@link SignInThrottle} uses them. */
final class SignInGuards {

    private static final int STALE_GUARDS_PER_CLEAN_UP = 50;

    private final JdbcClient jdbc;
    private final Duration window;

    /** One counter: its guard row and which failures it counts, with one {@code ?} for {@code key}. */
    record Limit(String kind, String condition, String key, int max) {}

    SignInGuards(JdbcClient jdbc, Duration window) {
        this.jdbc = jdbc;
        this.window = window;
    }

    /** Holds the limit's guard row until the transaction ends; every other attempt on that key waits. */
    void lock(Limit limit, Instant now) {
        jdbc.sql("INSERT INTO sign_in_guard (kind, guard_key, touched_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(limit.kind(), limit.key(), utc(now))
                .update();
        int locked = jdbc.sql("UPDATE sign_in_guard SET touched_at = ? WHERE kind = ? AND guard_key = ?")
                .params(utc(now), limit.kind(), limit.key())
                .update();
        if (locked != 1) {
            throw new GuardGone(); // cleaned up in between: start again
        }
    }

    Optional<Duration> waitFor(String purpose, Limit limit, Instant now) {
        var counted = jdbc.sql("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM sign_in_failure"
                        + " WHERE purpose = ? AND " + limit.condition() + " AND at > ?")
                .params(purpose, limit.key(), utc(now.minus(window)))
                .query((rs, row) -> rs.getInt("n") < limit.max()
                        ? Optional.<Duration>empty()
                        : Optional.of(Duration.between(
                                now,
                                rs.getObject("oldest", OffsetDateTime.class)
                                        .toInstant()
                                        .plus(window))))
                .single();
        return counted.map(left -> left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    /** Counts the attempt as a failure. @return its id, to take it back if it succeeds */
    long count(String purpose, String key, String address, Instant now) {
        var id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sign_in_failure (email_key, address, at, purpose) VALUES (?, ?, ?, ?)")
                .params(key, address, utc(now), purpose)
                .update(id, "id");
        return Objects.requireNonNull(id.getKeyAs(Number.class), "the database numbers every row")
                .longValue();
    }

    /** Best effort: failures and guards older than the window go, each guard alone so no lock cycle forms. */
    void cleanUp(Instant now) {
        var stale = utc(now.minus(window));
        try {
            jdbc.sql("DELETE FROM sign_in_failure WHERE at < ?").param(stale).update();
            jdbc.sql("SELECT kind, guard_key FROM sign_in_guard WHERE touched_at < ? LIMIT "
                            + STALE_GUARDS_PER_CLEAN_UP)
                    .param(stale)
                    .query((rs, row) -> List.of(rs.getString("kind"), rs.getString("guard_key")))
                    .list()
                    .forEach(guard -> jdbc.sql(
                                    "DELETE FROM sign_in_guard WHERE kind = ? AND guard_key = ? AND touched_at < ?")
                            .params(guard.get(0), guard.get(1), stale)
                            .update());
        } catch (PessimisticLockingFailureException busy) {
            // another node cleans the same rows; the next attempt tries again
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The guard row vanished between making and locking it. */
    static final class GuardGone extends RuntimeException {
        GuardGone() {
            super("the sign-in guard row was cleaned up while being locked", null, false, false);
        }
    }
}
