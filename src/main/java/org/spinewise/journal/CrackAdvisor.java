package org.spinewise.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Localized;
import org.spinewise.system.Messages;

/**
 * The cracking log's guardrails, after the article's sections on damage,
 * prevention and when to seek help: too many cracks in a day, forcing a
 * crack, and pain that keeps coming with cracks. Plain Java: it is given the
 * log's figures and answers the advice in the contract's order.
 */
public final class CrackAdvisor {

    static final String DAMAGE = "damage";
    static final String PREVENTION = "prevention";
    static final String SEEK_HELP = "seek-help";

    private final CrackGuardrails guardrails;
    private final Localized<List<String>> stretches;
    private final String preventionSection;
    private final String damageSection;
    private final String seekHelpSection;

    /** With the library in one language alone (its stretches are named the same in both). */
    public CrackAdvisor(CrackGuardrails guardrails, Library library) {
        this(guardrails, new Localized<>(library, library));
    }

    public CrackAdvisor(CrackGuardrails guardrails, Localized<Library> libraries) {
        this.guardrails = guardrails;
        this.stretches = libraries.map(CrackAdvisor::stretchNames);
        this.preventionSection = heading(libraries.english(), PREVENTION);
        this.damageSection = heading(libraries.english(), DAMAGE);
        this.seekHelpSection = heading(libraries.english(), SEEK_HELP);
    }

    public CrackGuardrails guardrails() {
        return guardrails;
    }

    /**
     * @param crack          the crack just logged
     * @param day            its day in the person's time zone
     * @param cracksThatDay  the person's cracks on that day, this one included
     * @param latest         whether each of the person's latest cracks up to and including this one was
     *                       painful, at most {@link CrackGuardrails#painfulWindow()} of them
     */
    public List<Advice> advise(Crack crack, LocalDate day, int cracksThatDay, List<Boolean> latest) {
        List<Advice> advice = new ArrayList<>(3);
        if (cracksThatDay > guardrails.dailyLimit()) {
            advice.add(new Advice(
                    Advice.DAILY_LIMIT,
                    Messages.t(
                            "cracks.advice.DAILY_LIMIT", cracksThatDay, day, guardrails.dailyLimit(), stretchesToTry()),
                    source(preventionSection)));
        }
        if (crack.forced()) {
            advice.add(new Advice(Advice.FORCED, Messages.t("cracks.advice.FORCED"), source(damageSection)));
        }
        long painful = latest.stream()
                .limit(guardrails.painfulWindow())
                .filter(Boolean::booleanValue)
                .count();
        if (painful >= guardrails.painfulThreshold()) {
            int looked = Math.min(latest.size(), guardrails.painfulWindow());
            advice.add(new Advice(
                    Advice.PERSISTENT_PAIN,
                    Messages.t("cracks.advice.PERSISTENT_PAIN", painful, looked),
                    source(seekHelpSection)));
        }
        return List.copyOf(advice);
    }

    private static List<String> stretchNames(Library library) {
        return library.exercises().stream()
                .filter(exercise -> exercise.category() == Category.STRETCH)
                .map(Exercise::name)
                .toList();
    }

    /** The library's stretches in the reader's language, as "a, b or c". */
    private String stretchesToTry() {
        List<String> names = stretches.in(Messages.locale());
        if (names.isEmpty()) {
            return Messages.t("cracks.advice.anyStretch");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return Messages.t(
                "cracks.advice.or", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    /** The section cited, in the reader's language around the article's own heading. */
    private static String source(String heading) {
        return Messages.t("source.article", heading);
    }

    private static String heading(Library library, String section) {
        return library.articleSection(section)
                .orElseThrow(() -> new IllegalStateException(
                        "library/article.yaml has no section '" + section + "', which the crack advice cites"))
                .heading();
    }
}
