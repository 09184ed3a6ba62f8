package org.spinewise.system.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An anonymous visitor to a signed-in page goes to the sign-in page, with the address to come back to in
 * {@code continue} instead of a request saved in a session: redirecting them costs no session. The sign-in
 * page checks that address before it follows it.
 */
final class SignInFirst implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = request.getQueryString();
        String back = request.getRequestURI() + (query == null ? "" : "?" + query);
        response.sendRedirect("/signin?continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
