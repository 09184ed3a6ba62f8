package org.spinewise.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one email
 * or from one client address within the window, further attempts are refused
 * until the oldest counted failure leaves the window. Counts live in the
 * database, so every app node sees them. Made at start although beans are
 * lazy, so a bad {@code spinewise.sign-in.*} setting stops the start instead
 * of the first sign-in.
 */
@Component
@Lazy(false)
@EnableConfigurationProperties(SignInSettings.class)
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perEmail;
    private final int perAddress;
    private final Duration window;

    public SignInThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perEmail = settings.maxFailuresPerEmail();
        this.perAddress = settings.maxFailuresPerAddress();
        this.window = settings.window();
    }

    /** How long this email or address must wait, or empty when it may try. */
    public Optional<Duration> waitFor(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> byEmail =
                waitFor("email_key = ? AND NOT email_cleared", EmailAddresses.key(email), perEmail, now);
        Optional<Duration> byAddress = waitFor("address = ?", address, perAddress, now);
        if (byEmail.isPresent() && byAddress.isPresent()) {
            return Optional.of(byEmail.get().compareTo(byAddress.get()) >= 0 ? byEmail.get() : byAddress.get());
        }
        return byEmail.isPresent() ? byEmail : byAddress;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE at < ?")
                .param(utc(now.minus(window)))
                .update();
        jdbc.sql("INSERT INTO sign_in_failure (email_key, address, at) VALUES (?, ?, ?)")
                .params(EmailAddresses.key(email), address, utc(now))
                .update();
    }

    /** A successful sign-in clears its email's count; the address still counts those failures. */
    public void clear(String email) {
        jdbc.sql("UPDATE sign_in_failure SET email_cleared = TRUE WHERE email_key = ?")
                .param(EmailAddresses.key(email))
                .update();
    }

    /** Removes every failure that names this email, as deleting its account must. */
    public void forget(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email_key = ?")
                .param(EmailAddresses.key(email))
                .update();
    }

    /** @param condition which failures count, with one {@code ?} for {@code key} */
    private Optional<Duration> waitFor(String condition, String key, int limit, Instant now) {
        var since = utc(now.minus(window));
        Integer count = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE " + condition + " AND at > ?")
                .params(key, since)
                .query(Integer.class)
                .single();
        if (count < limit) {
            return Optional.empty();
        }
        OffsetDateTime oldest = jdbc.sql("SELECT MIN(at) FROM sign_in_failure WHERE " + condition + " AND at > ?")
                .params(key, since)
                .query(OffsetDateTime.class)
                .single();
        Duration left = Duration.between(now, oldest.toInstant().plus(window));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
