package org.spinewise.account.web;

import org.spinewise.account.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether a person is signed in ({@code signedIn}): the layout links to
 * "Your page" or "Sign in", and the routine page's player keeps runs in the account too.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInAdvice {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return CurrentPerson.find().isPresent();
    }
}
