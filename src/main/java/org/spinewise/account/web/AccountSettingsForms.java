package org.spinewise.account.web;

/** The three forms of {@code /me/account}; a field the browser left out reads as empty. */
final class AccountSettingsForms {

    private AccountSettingsForms() {}

    /** {@code POST /me/account/password}. */
    record PasswordForm(String currentPassword, String newPassword) {
        PasswordForm {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
        }
    }

    /** {@code POST /me/account/email}. */
    record EmailForm(String email, String currentPassword) {
        EmailForm {
            email = email == null ? "" : email;
            currentPassword = currentPassword == null ? "" : currentPassword;
        }
    }

    /** {@code POST /me/account/time-zone}. */
    record TimeZoneForm(String timeZone) {
        TimeZoneForm {
            timeZone = timeZone == null ? "" : timeZone.strip();
        }
    }
}
