package org.spinewise.screening.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.spinewise.library.EmergencySigns;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.library.Localized;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.RuleBooks;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.data.RuleBookLoader;
import org.spinewise.search.PageText;
import org.spinewise.search.WarningSigns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the rule book at start: a broken rules file stops the start, and so does a rule book that
 * no longer asks a question a stop reason of the player names.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    RuleBook ruleBook(Library library) {
        RuleBook book = RuleBookLoader.load(library);
        StopReason.checkAgainst(book);
        return book;
    }

    /** The same rules with the words of {@code rules.es.yaml}; a missing or extra text stops the start. */
    @Bean
    RuleBooks ruleBooks(Libraries libraries, RuleBook ruleBook) {
        return new RuleBooks(ruleBook, RuleBookLoader.loadSpanish(libraries.spanish()));
    }

    @Bean
    Localized<SeekHelpPage> seekHelpPages(Libraries libraries, RuleBooks books) {
        return new Localized<>(
                seekHelpPage(libraries.english(), books.english()), seekHelpPage(libraries.spanish(), books.spanish()));
    }

    private static SeekHelpPage seekHelpPage(Library library, RuleBook ruleBook) {
        return SeekHelpPage.of(
                library.page(SeekHelpPage.ID)
                        .orElseThrow(() -> new IllegalStateException("the library lacks the page " + SeekHelpPage.ID)),
                ruleBook);
    }

    /** The signs the page lists, so that a search finds it by them, in each language. */
    @Bean
    Localized<PageText> seekHelpPageText(Localized<SeekHelpPage> pages) {
        return pages.map(page -> new PageText(
                page.id(),
                page.sections().stream()
                        .flatMap(section -> Stream.concat(section.paragraphs().stream(), section.bullets().stream()))
                        .toList()));
    }

    /** The signs that send a person for help now or today, whose words put the page listing them first in a search. */
    @Bean
    Localized<WarningSigns> warningSigns(RuleBooks books) {
        return books.localized()
                .map(book -> new WarningSigns(
                        SeekHelpPage.ID,
                        Stream.of(Disposition.EMERGENCY, Disposition.URGENT)
                                .flatMap(disposition -> book.rulesRaising(disposition).stream())
                                .map(rule -> Objects.requireNonNull(rule.sign(), "checked at load"))
                                .toList()));
    }

    /** The emergency signs for library pages that repeat them, straight from the rule book. */
    @Bean
    EmergencySigns emergencySigns(RuleBooks books) {
        Localized<List<String>> signs = books.localized()
                .map(book -> book.rulesRaising(Disposition.EMERGENCY).stream()
                        .map(rule -> Objects.requireNonNull(rule.sign(), "checked at load"))
                        .toList());
        return signs::in;
    }

    @Bean
    ScreeningEngine screeningEngine(RuleBook ruleBook) {
        return new ScreeningEngine(ruleBook);
    }
}
