package org.spinewise.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.spinewise.account.CurrentPerson;
import org.spinewise.site.PageModel;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells every page whether a person is signed in ({@code signedIn}): the layout links to
 * "Your page" or "Sign in", and the routine page's player keeps runs in the account too.
 */
@Component
class SignedInModel implements PageModel {

    @Override
    public void addTo(ModelAndView page, HttpServletRequest request) {
        page.addObject("signedIn", CurrentPerson.find().isPresent());
    }
}
