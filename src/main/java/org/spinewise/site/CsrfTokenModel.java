package org.spinewise.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Gives every page the CSRF token its forms must carry ({@code layout/csrf.jte}). */
@Component
class CsrfTokenModel implements PageModel {

    @Override
    public void addTo(ModelAndView page, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken(); // loads the deferred token now, so its cookie is set before the page is sent
        }
        page.addObject("csrf", token);
    }
}
