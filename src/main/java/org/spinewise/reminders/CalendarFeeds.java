package org.spinewise.reminders;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.fortuna.ical4j.model.Calendar;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's calendar feed at a secret address (reminders-api.md, "Calendar feed"): 256 random bits, so the
 * address is the only key. A new secret replaces the old one at once; removing it ends the feed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Reminders reminders;
    private final Clock clock;

    /** A feed found by its secret: whose it is and in which zone its events are. */
    public record Feed(UUID accountId, ZoneId zone) {}

    /** Makes the person a new secret, replacing any old one; the secret is answered once more by {@link #secret}. */
    @Transactional
    public String renew(UUID accountId) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        revoke(accountId);
        jdbc.sql("INSERT INTO calendar_feed (account_id, secret, created_at) VALUES (?, ?, ?)")
                .params(accountId, secret, SqlTime.utc(clock.instant()))
                .update();
        return secret;
    }

    public Optional<String> secret(UUID accountId) {
        return jdbc.sql("SELECT secret FROM calendar_feed WHERE account_id = ?")
                .params(accountId)
                .query(String.class)
                .optional();
    }

    public void revoke(UUID accountId) {
        jdbc.sql("DELETE FROM calendar_feed WHERE account_id = ?")
                .params(accountId)
                .update();
    }

    public Optional<Feed> find(String secret) {
        if (secret.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT f.account_id, a.time_zone FROM calendar_feed f JOIN account a ON a.id = f.account_id"
                        + " WHERE f.secret = ?")
                .params(secret)
                .query((rs, row) ->
                        new Feed(rs.getObject("account_id", UUID.class), ZoneId.of(rs.getString("time_zone"))))
                .optional();
    }

    /** The feed's calendar now, its events linking to {@code deskUrl}. */
    public Calendar calendar(Feed feed, String deskUrl) {
        // The UIDs carry a name derived from the account, never the account id or the secret itself.
        UUID feedId = UUID.nameUUIDFromBytes(("spinewise-breaks:" + feed.accountId()).getBytes());
        return CalendarFeedWriter.write(
                reminders.schedule(feed.accountId()), feed.zone(), clock.instant(), feedId, deskUrl);
    }
}
