package org.spinewise.site;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.spinewise.library.Review;

/**
 * What the layout of every page needs, in one parameter: whether someone is
 * signed in, and when the clinical content was last reviewed (the footer).
 */
public record Site(boolean signedIn, Review review) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The footer's line about the clinical review. */
    public String reviewLine() {
        return "Clinical content reviewed by " + review.by() + " on " + DAY.format(review.on())
                + (review.against() == null ? "." : ", against " + review.against() + ".");
    }
}
