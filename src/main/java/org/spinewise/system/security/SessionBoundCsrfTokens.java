package org.spinewise.system.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens signed with the session they belong to, kept in a cookie so that anonymous visitors still cost
 * no server session. A token is {@code nonce.mac}, the mac an HMAC-SHA256 of the nonce keyed with the session
 * id, so a token planted in a victim's browser (from a sibling subdomain, or over plain HTTP) is refused: nobody
 * without the victim's session id can make one that matches their session. Before sign-in there is no session
 * and the token is bound to nothing; the {@code __Host-} cookie over TLS is what keeps planted ones out then.
 * Keyed by the session id, not a server secret, so every app node checks every token alike.
 */
final class SessionBoundCsrfTokens implements CsrfTokenRepository {

    /** The contract's cookie and header (account-api.md); the page forms' field stays Spring's. */
    static final String COOKIE = "XSRF-TOKEN";

    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";

    /** Over TLS only: a {@code __Host-} cookie is Secure, host-only and for {@code /}, so no other host sets it. */
    static final String SECURE_COOKIE = "__Host-" + COOKIE;

    private static final String NO_SESSION = "no session";
    private static final int NONCE_BYTES = 24;

    private final SecureRandom random = new SecureRandom();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String encoded = base64(nonce);
        return token(encoded + "." + mac(encoded, sessionOf(request)));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean secure = request.isSecure();
        ResponseCookie cookie = ResponseCookie.from(
                        secure ? SECURE_COOKIE : COOKIE, token == null ? "" : token.getToken())
                .path("/")
                .secure(secure)
                .httpOnly(false) // api.js reads it to send it back in the header
                .sameSite("Lax")
                .maxAge(token == null ? Duration.ZERO : Duration.ofSeconds(-1))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The cookie's token when it was made for this request's session (or for none, before sign-in), else none. */
    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        String value = cookieValue(request, request.isSecure() ? SECURE_COOKIE : COOKIE);
        if (value == null) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot < 1) {
            return null;
        }
        byte[] expected = mac(value.substring(0, dot), sessionOf(request)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? token(value) : null;
    }

    private static CsrfToken token(String value) {
        return new DefaultCsrfToken(HEADER, PARAMETER, value);
    }

    private static String sessionOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? NO_SESSION : session.getId();
    }

    private static @Nullable String cookieValue(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String mac(String nonce, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return base64(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
