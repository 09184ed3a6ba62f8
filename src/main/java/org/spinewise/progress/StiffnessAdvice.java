package org.spinewise.progress;

import java.util.Locale;

import org.spinewise.library.Library;
import org.spinewise.system.Messages;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The advice a stiffness that is not improving calls for, with the figures behind it, citing the article's
 * section on when to seek help. Made at start (not lazily, as most beans are), so an article without that
 * section stops the start rather than the first progress page.
 */
@Component
@Lazy(false)
class StiffnessAdvice {

    static final String SEEK_HELP = "seek-help";

    private final String seekHelpSection;

    StiffnessAdvice(Library library) {
        this.seekHelpSection = library.articleSection(SEEK_HELP)
                .orElseThrow(() -> new IllegalStateException(
                        "library/article.yaml has no section '" + SEEK_HELP + "', which the progress advice cites"))
                .heading();
    }

    ProgressAdvice of(StiffnessTrend.Assessment assessment) {
        return new ProgressAdvice(
                ProgressAdvice.STIFFNESS_NOT_IMPROVING,
                Messages.t(
                        "progress.advice",
                        assessment.stretchRuns(),
                        StiffnessTrend.WINDOW_DAYS,
                        mean(assessment.lastHalf()),
                        StiffnessTrend.HALF_DAYS,
                        mean(assessment.firstHalf())),
                Messages.t("source.article", seekHelpSection));
    }

    private static String mean(StiffnessTrend.Half half) {
        return String.format(Locale.ROOT, "%.1f", half.meanStiffness());
    }
}
