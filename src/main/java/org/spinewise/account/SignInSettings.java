package org.spinewise.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard {@link SignInThrottle} makes password guessing, bound from {@code spinewise.sign-in.*}. The record
 * checks itself, so a bad setting stops the start naming it.
 *
 * @param maxFailuresPerEmail   failed sign-ins for one email within the window before it must wait
 * @param maxFailuresPerAddress failed sign-ins from one client address within the window before it must wait
 * @param window                how long a failed sign-in counts
 */
@ConfigurationProperties("spinewise.sign-in")
public record SignInSettings(
        @DefaultValue("5") int maxFailuresPerEmail,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {

    public SignInSettings {
        if (maxFailuresPerEmail < 1) {
            throw new IllegalArgumentException(
                    "spinewise.sign-in.max-failures-per-email must be 1 or more, was " + maxFailuresPerEmail);
        }
        if (maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException(
                    "spinewise.sign-in.max-failures-per-address must be 1 or more, was " + maxFailuresPerAddress);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("spinewise.sign-in.window must be longer than zero, was " + window);
        }
    }
}
