package org.spinewise.clinic.web;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;

/** The clinic's text rules on top of the API's strict reader: a required text holds something besides spaces. */
final class ClinicFields {

    private ClinicFields() {}

    /** A required text of 1 to {@code max} characters, not only spaces, or null with the error recorded. */
    static @Nullable String requiredText(JsonFields fields, String name, int max) {
        String text = fields.text(name, max);
        if (text != null && text.isBlank()) {
            fields.error(name, "must not be empty");
            return null;
        }
        return text;
    }
}
