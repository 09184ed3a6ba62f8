package org.spinewise.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes the persons' passwords and checks them against their stored hashes. A check against no stored hash
 * (an unknown email) takes as long as against one, so a failed sign-in's timing does not tell whether an
 * account has that email.
 */
@Component
class PasswordHashes {

    private final PasswordEncoder encoder;
    // Compared against when there is no account: a hash of a password nobody knows, made once.
    private final String unknownAccountHash;

    PasswordHashes(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.unknownAccountHash = hash(UUID.randomUUID().toString());
    }

    /** Spring Security's encoder answers null only for a null password. */
    String hash(String password) {
        return Objects.requireNonNull(encoder.encode(password), "an encoder hashes every password");
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Whether the password matches the stored hash; with none, false after as long a check as with one. */
    boolean matchesStored(String password, Optional<String> hash) {
        boolean matches = encoder.matches(password, hash.orElse(unknownAccountHash));
        return hash.isPresent() && matches;
    }
}
