package org.spinewise.system.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The same strict headers on every answer: scripts, styles and images only from Spinewise itself (no inline
 * script anywhere; inline style only on the API document's page), no framing, no referrer beyond the origin, and only the browser features the
 * player uses. Defined once here, since both filter chains and the container's own error report send them.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * The API document's page ({@code /docs/api}, Swagger UI as springdoc serves it) inserts its own style
     * elements and draws icons from {@code data:} images; its scripts stay Spinewise's own. No other page gets this.
     */
    public static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("img-src 'self'", "img-src 'self' data:");

    private static final RequestMatcher API_DOCS_PAGE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/docs/api"),
            PathPatternRequestMatcher.withDefaults().matcher("/docs/swagger-ui/**"));

    public static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " + "screen-wake-lock=(self)";

    private SecurityHeaders() {}

    static void applyTo(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(API_DOCS_PAGE),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        API_DOCS_PAGE, new ContentSecurityPolicyHeaderWriter(API_DOCS_CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny()));
    }
}
