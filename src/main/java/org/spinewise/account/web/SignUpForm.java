package org.spinewise.account.web;

/**
 * The sign-up form as submitted ({@code POST /signup}); {@code timeZone} is the person's choice in the page's
 * list (its script chooses the browser's own first), empty or left out meaning UTC.
 */
record SignUpForm(String email, String password, String timeZone) {

    SignUpForm {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone;
    }
}
