package org.spinewise.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code password_reset} table. A token is 256 random bits (base64url, 43 characters); only its SHA-256
 * is stored, so a read of the table lets nobody reset a password.
 */
@Repository
@RequiredArgsConstructor
class PasswordResetTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** base64url of 32 bytes without padding; anything else cannot be a token and is not even hashed. */
    private static final int LENGTH = 43;

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A fresh token for the account, working until {@code expiresAt}; expired tokens of anyone go first. */
    String issue(UUID accountId, Instant expiresAt) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM password_reset WHERE expires_at <= ?")
                .param(SqlTime.utc(now))
                .update();
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), accountId, SqlTime.utc(now), SqlTime.utc(expiresAt))
                .update();
        return token;
    }

    /** The account a token that still works belongs to, without using it up. */
    Optional<UUID> owner(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM password_reset WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), SqlTime.utc(clock.instant()))
                .query((rs, row) -> rs.getObject("account_id", UUID.class))
                .optional();
    }

    /**
     * Uses the token up: true only for the one caller whose delete removed it while it still worked, so two
     * requests sent at once with one link cannot both reset.
     */
    boolean consume(String token, UUID accountId) {
        return wellFormed(token)
                && jdbc.sql("DELETE FROM password_reset WHERE token_hash = ? AND account_id = ? AND expires_at > ?")
                                .params(hash(token), accountId, SqlTime.utc(clock.instant()))
                                .update()
                        == 1;
    }

    /** Voids every token of the account (after a reset or a password change). */
    void voidAll(UUID accountId) {
        jdbc.sql("DELETE FROM password_reset WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private static boolean wellFormed(String token) {
        return token.length() == LENGTH && token.chars().allMatch(PasswordResetTokens::base64Url);
    }

    private static boolean base64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
