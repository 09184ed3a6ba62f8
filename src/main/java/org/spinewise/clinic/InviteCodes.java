package org.spinewise.clinic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Invite codes as people read them aloud and type them: 12 characters of Crockford's base-32 alphabet (no I,
 * L, O or U; 60 random bits), shown as {@code KX7P-2MQ9-4TRA}. Entry ignores case, dashes and spaces, and
 * reads O as 0 and I or L as 1, as Crockford's decoding does. Only a hash of a code is stored.
 */
final class InviteCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {}

    /** A fresh code in its display form. */
    static String generate() {
        long bits = RANDOM.nextLong();
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return code.toString();
    }

    /** The code as typed, in its canonical form, or empty when it cannot be a code. */
    static Optional<String> canonical(String typed) {
        if (typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What the database keeps of a canonical code. */
    static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
