package org.spinewise.account;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.system.Messages;

/**
 * Email addresses as every part of Spinewise takes, stores and compares them. Look-alikes must not make a
 * second account nor open someone else's: an address is normalised (NFKC, so the NFC and NFD forms of
 * "josé" and the Kelvin sign read alike; no spaces of any kind around it) before it is checked, stored or
 * compared, and one holding invisible or control characters is refused outright.
 */
public final class EmailAddresses {

    /** The longest address accepted (RFC 5321's path limit), counted on its comparison key. */
    public static final int MAX_LENGTH = 254;

    /**
     * What a refused address is told, in the request's language (English outside a request), naming no character
     * an attacker could then try around.
     */
    public static String invisibleMessage() {
        return Messages.t("account.email.invisible");
    }

    // One @, a local part without spaces, a domain with at least one dot: strict enough to catch typos,
    // loose enough for real addresses.
    private static final Pattern SHAPE = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");

    private EmailAddresses() {}

    /** The form stored and shown: NFKC, without Unicode spaces at either end. */
    public static String normalise(String email) {
        return stripSpaces(Normalizer.normalize(email, Normalizer.Form.NFKC));
    }

    /**
     * The form two addresses are compared in: normalised, case ignored. Lower-casing may lengthen it ("İ"),
     * so a key can be longer than {@link #MAX_LENGTH}; no account has such a key.
     */
    public static String key(String email) {
        return Normalizer.normalize(normalise(email).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** Why this address's characters cannot be taken (spaces inside, invisible or control), or empty. */
    public static Optional<String> characterProblem(String email) {
        String normalised = normalise(email);
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            if (invisible(c)) {
                return Optional.of(invisibleMessage());
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** @throws InvalidRequestException naming {@code field} when {@link #characterProblem} finds one */
    public static void requireVisible(String email, String field) {
        characterProblem(email).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(new FieldError(field, problem)));
        });
    }

    public static boolean isWellFormed(String email) {
        if (characterProblem(email).isPresent()) {
            return false;
        }
        String normalised = normalise(email);
        return normalised.length() <= MAX_LENGTH
                && key(email).length() <= MAX_LENGTH
                && SHAPE.matcher(normalised).matches();
    }

    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Spaces, controls, format characters (zero-width ones), unassigned, private and lone surrogates. */
    private static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> defaultIgnorable(c);
        };
    }

    /** Unicode's default-ignorable letters and marks, which render as nothing at all. */
    private static boolean defaultIgnorable(int c) {
        return c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F)
                || c == 0x2800
                || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFFA0
                || (c >= 0xE0100 && c <= 0xE01EF);
    }
}
