package org.spinewise.site;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the CSRF token its forms must carry ({@code layout/csrf.jte}).
 * API answers have no forms (clients fetch the token from {@code /api/v1/csrf}), so
 * they neither make a token nor set its cookie: that was a tenth of an anonymous
 * screening's cost under load.
 */
@ControllerAdvice(annotations = Controller.class)
class CsrfTokenAdvice {

    /** Where the REST controllers live; a {@code @RestController} is also a {@code @Controller}. */
    private static final String API_PATHS = "/api/";

    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(API_PATHS)) {
            return null;
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken(); // loads the deferred token now, so its cookie is set before the page starts streaming
        }
        return token;
    }
}
