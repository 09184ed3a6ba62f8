package org.spinewise.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import org.spinewise.system.Messages;

/**
 * Passwords after NIST SP 800-63B: at least 8 and at most 128 characters, not
 * on a list of passwords known from breaches, and no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        try {
            this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER
                    .load()
                    .getRankedDictionary()
                    .keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("the breached-password list ships with zxcvbn", e);
        }
    }

    /** Why this password cannot be used, or empty when it can. */
    public Optional<String> problem(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Messages.t("account.password.short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Messages.t("api.field.maxLength", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Messages.t("account.password.common"));
        }
        if (email != null && lower.equals(EmailAddresses.key(email))) {
            return Optional.of(Messages.t("account.password.email"));
        }
        return Optional.empty();
    }
}
