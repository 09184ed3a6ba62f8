package org.spinewise.account.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The three forms of {@code /me/account}, each named by the last step of the address it posts to, and what
 * they send; a field the browser left out reads as empty.
 */
final class AccountSettingsForms {

    private AccountSettingsForms() {}

    /** {@code POST /me/account/password}, {@code /email} and {@code /time-zone}. */
    enum Form {
        PASSWORD(AccountSettingsPage.PASSWORD),
        EMAIL(AccountSettingsPage.EMAIL),
        TIME_ZONE(AccountSettingsPage.TIME_ZONE);

        /** The addresses' last steps, as a request mapping's pattern. */
        static final String PATHS = "password|email|time-zone";

        /** What the page calls the form: the one refused, or the change done. */
        final String page;

        Form(String page) {
            this.page = page;
        }

        /** @param path one of {@link #PATHS} */
        static Form at(String path) {
            return valueOf(path.replace('-', '_').toUpperCase(Locale.ROOT));
        }

        /** Whether the form asks for the current password. */
        boolean confirmed() {
            return this != TIME_ZONE;
        }
    }

    /** Every field of the three forms; each form sends its own. */
    record Fields(String currentPassword, String newPassword, String email, String timeZone) {
        Fields {
            currentPassword = orEmpty(currentPassword);
            newPassword = orEmpty(newPassword);
            email = orEmpty(email);
            timeZone = orEmpty(timeZone).strip();
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }
    }
}
