package org.spinewise.clinic.web;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;
import org.spinewise.system.Messages;

/**
 * The clinic's text rules on top of the API's strict reader: limits count characters (an emoji is one, as
 * account-api.md has it), and a required text holds something besides spaces.
 */
final class ClinicFields {

    private ClinicFields() {}

    /** A required text of 1 to {@code max} characters, not only spaces, or null with the error recorded. */
    static @Nullable String requiredText(JsonFields fields, String name, int max) {
        String text = within(fields, name, fields.text(name, 2 * max), max);
        if (text != null && text.isBlank()) {
            fields.error(name, Messages.t("clinic.api.empty"));
            return null;
        }
        return text;
    }

    /** An optional text of at most {@code max} characters; absent or null reads as null. */
    static @Nullable String optionalText(JsonFields fields, String name, int max) {
        return within(fields, name, fields.optionalText(name, 2 * max), max);
    }

    private static @Nullable String within(JsonFields fields, String name, @Nullable String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            fields.error(name, Messages.t("api.field.maxLength", max));
            return null;
        }
        return text;
    }
}
