package org.spinewise.datafile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Who last reviewed a content file's clinical content, when, and against what;
 * every page's footer shows it.
 *
 * @param on      the review's day, as an ISO date
 * @param against the guidelines the content was checked against
 */
public record ContentReview(String by, String on, String against) {

    /** Records each missing or malformed field of a content file's {@code review}. */
    public static void validate(ContentReview review, String path, Violations check) {
        if (!check.required(review, path)) {
            return;
        }
        check.text(review.by(), path + ".by");
        check.text(review.against(), path + ".against");
        check.check(isDate(review.on()), path + ".on", "must be a date as YYYY-MM-DD, was " + review.on());
    }

    public LocalDate day() {
        return LocalDate.parse(on);
    }

    private static boolean isDate(String text) {
        try {
            return text != null && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
