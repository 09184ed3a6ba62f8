package org.spinewise.account.web;

/** The sign-in form as submitted ({@code POST /signin}); a field the browser left out reads as empty. */
record SignInForm(String email, String password) {

    SignInForm {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }
}
