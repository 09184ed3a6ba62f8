package org.spinewise.datafile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * A content file's {@code review}, as written: who last reviewed its clinical
 * content, on what day, and against which guidelines (optional). The day stays
 * text here so that a bad one is named with its field, not a parse trace.
 */
public record ContentReview(String by, String on, String against) {

    /**
     * Records each missing or malformed field under {@code path}.
     *
     * @return the review's day, or null when it is missing or malformed
     */
    public static @Nullable LocalDate validate(ContentReview review, String path, Violations check) {
        if (!check.required(review, path)) {
            return null;
        }
        check.text(review.by(), path + ".by");
        check.check(
                review.against() == null || !review.against().isBlank(),
                path + ".against",
                "must be a non-empty text or null");
        try {
            return LocalDate.parse(String.valueOf(review.on()));
        } catch (DateTimeParseException e) {
            check.add(path + ".on", "must be a date written as YYYY-MM-DD, was '" + review.on() + "'");
            return null;
        }
    }
}
