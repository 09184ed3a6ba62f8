package org.spinewise.site;

import java.time.format.DateTimeFormatter;

import org.spinewise.library.Review;
import org.spinewise.system.Messages;

/**
 * What the layout of every page needs, in one parameter: whether someone is signed in, when the
 * clinical content was last reviewed (the footer), the language shown ({@code en} or {@code es}) and
 * the address of this page in the other language (the language switch).
 */
public record Site(boolean signedIn, Review review, String lang, String otherLanguageHref) {

    /** The language the switch offers: the one not shown. */
    public String otherLang() {
        return "es".equals(lang) ? "en" : "es";
    }

    /** The footer's line about the clinical review. */
    public String reviewLine() {
        String day = DateTimeFormatter.ofPattern(Messages.t("layout.review.dateFormat"), Messages.locale())
                .format(review.on());
        return review.against() == null
                ? Messages.t("layout.review", review.by(), day)
                : Messages.t("layout.review.against", review.by(), day, review.against());
    }
}
