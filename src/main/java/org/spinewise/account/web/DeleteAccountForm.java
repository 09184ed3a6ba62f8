package org.spinewise.account.web;

/** The form that deletes an account ({@code POST /me/data/delete}), confirmed by the password. */
record DeleteAccountForm(String password) {

    DeleteAccountForm {
        password = password == null ? "" : password;
    }
}
