package org.spinewise.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Source;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.RuleBook;

/**
 * "When should I see a doctor?", built from the rule book: a section per
 * disposition that sends the person to someone, with one entry per rule, so
 * the page and the screening can never disagree. The education page of the
 * same id gives its title, summary, keywords and closing words. Its JSON keeps
 * the shape of every education page ({@code bullets} hold the signs) and adds
 * each section's {@code disposition} and {@code entries}.
 */
public record SeekHelpPage(
        String id,
        String title,
        String summary,
        List<Section> sections,
        List<String> keywords,
        List<String> relatedExercises,
        Source source) {

    public static final String ID = "when-to-seek-help";

    /** The dispositions that send a person to someone, most pressing first. */
    static final List<Disposition> LISTED =
            List.of(Disposition.EMERGENCY, Disposition.URGENT, Disposition.SEE_PROFESSIONAL);

    /** One headed part of the page; {@code disposition} and {@code entries} only for the sign lists. */
    public record Section(
            String heading,
            List<String> paragraphs,
            List<String> bullets,
            @Nullable Disposition disposition,
            List<Entry> entries) {}

    /** One warning sign: the rule behind it, the sign in plain words, and what it rests on. */
    public record Entry(String rule, String sign, String source) {}

    static SeekHelpPage of(EducationPage page, RuleBook book) {
        List<Section> sections = new ArrayList<>();
        for (Disposition disposition : LISTED) {
            DispositionAdvice advice = book.advice(disposition);
            List<Entry> entries = book.rulesRaising(disposition).stream()
                    .map(rule ->
                            new Entry(rule.id(), Objects.requireNonNull(rule.sign(), "checked at load"), rule.source()))
                    .toList();
            sections.add(new Section(
                    advice.heading(),
                    List.of(advice.action()),
                    entries.stream().map(Entry::sign).toList(),
                    disposition,
                    entries));
        }
        page.sections()
                .forEach(section -> sections.add(
                        new Section(section.heading(), section.paragraphs(), section.bullets(), null, List.of())));
        return new SeekHelpPage(
                page.id(),
                page.title(),
                page.summary(),
                List.copyOf(sections),
                page.keywords(),
                page.relatedExercises(),
                page.source());
    }
}
