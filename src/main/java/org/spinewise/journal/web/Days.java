package org.spinewise.journal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;

/** ISO days ({@code 2026-11-25}) from paths and query parameters, read strictly. */
final class Days {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String MESSAGE = "must be a day such as 2026-11-25";

    private Days() {}

    /** The day, or null with an error naming {@code field} recorded. */
    static @Nullable LocalDate parse(String field, @Nullable String text, List<FieldError> errors) {
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
    static @Nullable LocalDate optional(String field, @Nullable String text, List<FieldError> errors) {
        return text == null ? null : parse(field, text, errors);
    }

    /** The inclusive days of a list request; either end may be open (null). */
    record Range(@Nullable LocalDate from, @Nullable LocalDate to) {}

    /**
     * @throws InvalidRequestException naming {@code from} or {@code to} when one is not a day, or {@code to}
     *                                 when it is before {@code from}
     */
    static Range range(@Nullable String fromText, @Nullable String toText) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = optional("from", fromText, errors);
        LocalDate to = optional("to", toText, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from (" + from + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Range(from, to);
    }
}
