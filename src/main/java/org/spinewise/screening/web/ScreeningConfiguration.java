package org.spinewise.screening.web;

import java.util.List;
import java.util.stream.Stream;

import org.spinewise.library.EmergencySigns;
import org.spinewise.library.Library;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.data.RuleBookLoader;
import org.spinewise.search.PageText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the rule book at start: a broken rules file stops the start. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    RuleBook ruleBook(Library library) {
        return RuleBookLoader.load(library);
    }

    @Bean
    SeekHelpPage seekHelpPage(Library library, RuleBook ruleBook) {
        return SeekHelpPage.of(
                library.page(SeekHelpPage.ID)
                        .orElseThrow(() -> new IllegalStateException("the library lacks the page " + SeekHelpPage.ID)),
                ruleBook);
    }

    /** The signs the page lists, so that a search finds it by them. */
    @Bean
    PageText seekHelpPageText(SeekHelpPage page) {
        return new PageText(
                page.id(),
                page.sections().stream()
                        .flatMap(section -> Stream.concat(section.paragraphs().stream(), section.bullets().stream()))
                        .toList());
    }

    /** The emergency signs for library pages that repeat them, straight from the rule book. */
    @Bean
    EmergencySigns emergencySigns(RuleBook ruleBook) {
        List<String> signs = ruleBook.rulesRaising(Disposition.EMERGENCY).stream()
                .map(Rule::sign)
                .toList();
        return () -> signs;
    }

    @Bean
    ScreeningEngine screeningEngine(RuleBook ruleBook) {
        return new ScreeningEngine(ruleBook);
    }
}
