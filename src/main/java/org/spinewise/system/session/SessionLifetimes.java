package org.spinewise.system.session;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts (OWASP ASVS 3.3, for health data), bound from {@code spinewise.session.*}
 * and checked on the server with the application's clock on every request, pages and API alike. The record
 * checks itself, so a bad setting stops the start naming it.
 *
 * @param idleTimeout      a session unused this long is over
 * @param absoluteLifetime a session this old is over however much it is used: sign in again
 */
@ConfigurationProperties("spinewise.session")
public record SessionLifetimes(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime) {

    public SessionLifetimes {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "spinewise.session.idle-timeout must be longer than zero, was " + idleTimeout);
        }
        if (absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("spinewise.session.absolute-lifetime must be at least the idle timeout ("
                    + idleTimeout + "), was " + absoluteLifetime);
        }
    }

    /** Whether a session begun at {@code begun} and last used at {@code lastUsed} is over at {@code now}. */
    boolean over(Instant begun, Instant lastUsed, Instant now) {
        return !now.isBefore(lastUsed.plus(idleTimeout)) || !now.isBefore(begun.plus(absoluteLifetime));
    }
}
