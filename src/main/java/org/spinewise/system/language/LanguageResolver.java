package org.spinewise.system.language;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * English or Spanish: a choice made on this request ({@code ?lang=}), else the {@code lang} cookie that
 * keeps an earlier choice, else the browser's first {@code Accept-Language}; English when none says Spanish.
 */
final class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";
    private static final Duration KEPT = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        Locale kept = parse(cookie(request));
        return kept != null
                ? kept
                : Messages.supported(
                        request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : request.getLocale());
    }

    /** Answers this request in {@code locale} and keeps the choice for a year. */
    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale chosen = Messages.supported(locale);
        request.setAttribute(CHOSEN, chosen);
        if (response != null) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.getLanguage())
                    .path("/")
                    .maxAge(KEPT)
                    .sameSite("Lax")
                    .httpOnly(true)
                    .build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }

    /** {@code es} or {@code en}; anything else (a cookie someone edited) counts as no choice. */
    static @Nullable Locale parse(@Nullable String value) {
        if ("es".equals(value)) {
            return Messages.SPANISH;
        }
        return "en".equals(value) ? Messages.ENGLISH : null;
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
