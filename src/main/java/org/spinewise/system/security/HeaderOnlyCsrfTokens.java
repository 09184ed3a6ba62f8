package org.spinewise.system.security;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The API's CSRF token, raw (the cookie's value, as {@code GET /api/v1/csrf} gives it), from the
 * {@code X-XSRF-TOKEN} header only. Spring's handler would also take a {@code _csrf} parameter, from the
 * query string or a form body, which an ordinary cross-site form can send; a header it cannot.
 */
final class HeaderOnlyCsrfTokens extends CsrfTokenRequestAttributeHandler {

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return request.getHeader(csrfToken.getHeaderName());
    }
}
