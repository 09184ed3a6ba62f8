package org.spinewise.account.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Where a person goes after signing in: {@code /me}, or the page they were sent to sign in from
 * ({@code continue}), when that is an address on this site. Anything that a browser could read as another
 * site ({@code //host}, {@code /\host}, a scheme, spaces or control characters it strips) is ignored.
 */
final class ContinueAddress {

    static final String DEFAULT = "/me";

    private static final int MAX_LENGTH = 2000;

    private ContinueAddress() {}

    /** The address if it is a path on this site, else null. */
    static @Nullable String local(@Nullable String candidate) {
        if (candidate == null
                || candidate.length() < 1
                || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/'
                || candidate.startsWith("//")) {
            return null;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            // printable ASCII only (the path arrives percent-encoded); no backslash, which browsers read as '/',
            // and no braces, which a redirect would take for template variables
            if (c <= ' ' || c >= 0x7f || c == '\\' || c == '{' || c == '}') {
                return null;
            }
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Where to go after signing in. */
    static String after(@Nullable String candidate) {
        String local = local(candidate);
        return local == null ? DEFAULT : local;
    }
}
