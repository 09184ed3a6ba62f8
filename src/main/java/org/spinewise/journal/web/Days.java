package org.spinewise.journal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.system.Messages;

/** ISO days ({@code 2026-11-25}) from paths and the check-in page, read strictly; list bounds are {@link org.spinewise.api.ListDays}'s. */
final class Days {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Days() {}

    /** The day, or null with an error naming {@code field} recorded. */
    static @Nullable LocalDate parse(String field, @Nullable String text, List<FieldError> errors) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            errors.add(new FieldError(field, Messages.t("journal.day.shape")));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, Messages.t("journal.day.noSuchDate")));
            return null;
        }
    }
}
