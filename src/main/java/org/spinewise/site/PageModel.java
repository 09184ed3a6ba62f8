package org.spinewise.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.ModelAndView;

/**
 * Something every rendered page needs in its model, whichever feature's controller made it
 * (the layout's CSRF field, whether someone is signed in). A bean of this type is asked once per
 * page, after the controller and before rendering; never for API answers or redirects.
 */
public interface PageModel {

    void addTo(ModelAndView page, HttpServletRequest request);
}
