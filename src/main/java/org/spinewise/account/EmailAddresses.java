package org.spinewise.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as sign-up accepts and compares them. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    // One @, a local part without spaces, a domain with at least one dot: strict enough to catch typos,
    // loose enough for real addresses.
    private static final Pattern SHAPE = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");

    private EmailAddresses() {}

    public static boolean isWellFormed(String email) {
        return email != null
                && email.length() <= MAX_LENGTH
                && SHAPE.matcher(email).matches();
    }

    /** The form two addresses are compared in: case does not matter. */
    public static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
