package org.spinewise.screening;

import java.util.Locale;

import org.spinewise.library.Localized;

/**
 * The rule book in each language it is written in: the same rules, only the
 * words differ. A screening is evaluated once, with the English book, and
 * shown in the reader's language, so a kept result stays free of language.
 */
public record RuleBooks(RuleBook english, RuleBook spanish) {

    public RuleBook in(Locale locale) {
        return localized().in(locale);
    }

    public Localized<RuleBook> localized() {
        return new Localized<>(english, spanish);
    }

    /** The result with each fired rule's words in the reader's language; ids and outcome unchanged. */
    public ScreeningResult show(ScreeningResult result, Locale locale) {
        RuleBook book = in(locale);
        return new ScreeningResult(
                result.disposition(),
                result.firedRules().stream()
                        .map(rule -> book.rule(rule.id()).orElse(rule))
                        .toList(),
                result.restrictions(),
                result.therapy(),
                result.rulesVersion());
    }
}
