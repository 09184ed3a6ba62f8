package org.spinewise.account.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.TimeZones;
import org.spinewise.system.Messages;

/**
 * What {@code /me/account} shows.
 *
 * @param failedForm the form refused ({@code password}, {@code email}, {@code timeZone}), or null
 * @param errors     that form's messages by field
 * @param email      the email to show in its form (what was typed when refused)
 * @param done       what the last change did, or null
 */
public record AccountSettingsPage(
        Account account,
        @Nullable String failedForm,
        Map<String, String> errors,
        String email,
        @Nullable String done) {

    static final String PASSWORD = "password";
    static final String EMAIL = "email";
    static final String TIME_ZONE = "timeZone";

    public @Nullable String error(String form, String field) {
        return form.equals(failedForm) ? errors.get(field) : null;
    }

    public List<String> zones() {
        List<String> zones = TimeZones.choices();
        String current = account.timeZone().getId();
        // a zone taken through the API may be an alias the list leaves out: it is still shown as chosen
        return zones.contains(current)
                ? zones
                : Stream.concat(Stream.of(current), zones.stream()).toList();
    }

    public @Nullable String doneMessage() {
        return done == null
                ? null
                : switch (done) {
                    case PASSWORD, EMAIL, TIME_ZONE -> Messages.t("account.settings.done." + done);
                    default -> null;
                };
    }
}
