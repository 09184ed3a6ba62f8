package org.spinewise.site;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every page the CSRF token its forms must carry ({@code layout/csrf.jte}). */
@ControllerAdvice(annotations = Controller.class)
class CsrfTokenAdvice {

    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken(); // loads the deferred token now, so its cookie is set before the page starts streaming
        }
        return token;
    }
}
