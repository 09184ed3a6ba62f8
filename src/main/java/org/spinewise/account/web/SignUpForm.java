package org.spinewise.account.web;

/**
 * The sign-up form as submitted ({@code POST /signup}); {@code timeZone} is filled in by the page's script
 * from the browser, and left empty without it (UTC then).
 */
record SignUpForm(String email, String password, String timeZone) {

    SignUpForm {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone;
    }
}
