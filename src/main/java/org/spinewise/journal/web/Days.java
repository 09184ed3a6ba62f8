package org.spinewise.journal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.spinewise.api.FieldError;

/** ISO days ({@code 2026-11-25}) from paths and query parameters, read strictly. */
final class Days {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String MESSAGE = "must be a day such as 2026-11-25";

    private Days() {
    }

    /** The day, or null with an error naming {@code field} recorded. */
    static LocalDate parse(String field, String text, List<FieldError> errors) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            errors.add(new FieldError(field, MESSAGE));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, MESSAGE + " (no such date)"));
            return null;
        }
    }

    /** An optional day: absent reads as null. */
    static LocalDate optional(String field, String text, List<FieldError> errors) {
        return text == null ? null : parse(field, text, errors);
    }

    /** The inclusive range of a list request; {@code to} before {@code from} is a mistake. */
    static void checkRange(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from (" + from + ")"));
        }
    }

}
