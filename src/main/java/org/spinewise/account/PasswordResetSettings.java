package org.spinewise.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password-reset links, bound from {@code spinewise.password-reset.*}. The record checks itself, so a bad
 * setting stops the start naming it.
 *
 * @param lifetime how long a link works after it was made (at most a day: a link is a key to the account)
 * @param mailFrom the sender of the reset emails, when {@code spring.mail.host} is set
 */
@ConfigurationProperties("spinewise.password-reset")
public record PasswordResetSettings(
        @DefaultValue("30m") Duration lifetime,
        @DefaultValue("spinewise@localhost.localdomain") String mailFrom) {

    static final Duration LONGEST = Duration.ofDays(1);

    public PasswordResetSettings {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("spinewise.password-reset.lifetime must be longer than zero and at most "
                    + LONGEST + ", was " + lifetime);
        }
        if (EmailAddresses.characterProblem(mailFrom).isPresent() || !EmailAddresses.isWellFormed(mailFrom)) {
            throw new IllegalArgumentException(
                    "spinewise.password-reset.mail-from must be an email address such as spinewise@clinic.example,"
                            + " was '" + mailFrom + "'");
        }
    }
}
