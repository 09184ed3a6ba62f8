package org.spinewise.account.web;

/** The forgotten-password forms; a field the browser left out reads as empty. */
final class PasswordResetForms {

    private PasswordResetForms() {}

    /** {@code POST /password/forgot}. */
    record ForgotForm(String email) {
        ForgotForm {
            email = email == null ? "" : email;
        }
    }

    /** {@code POST /password/reset}: the link's token and the new password, twice. */
    record ResetForm(String token, String password, String confirm) {
        ResetForm {
            token = token == null ? "" : token;
            password = password == null ? "" : password;
            confirm = confirm == null ? "" : confirm;
        }
    }
}
