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

    /**
     * A number of minutes as a person says it, in the page's language ("two hours", "dos horas"); the
     * English words are {@link org.spinewise.library.DurationWords}'s, which the library's checks use.
     */
    public String duration(int minutes) {
        int hours = minutes / 60;
        if (minutes % 60 == 0 && hours >= 1 && hours <= 12) {
            return Messages.t("duration.hours." + hours);
        }
        return minutes == 1 ? Messages.t("duration.minute") : Messages.t("duration.minutes", minutes);
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
