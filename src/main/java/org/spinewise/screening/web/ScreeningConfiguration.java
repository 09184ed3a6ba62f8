package org.spinewise.screening.web;

import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.data.RuleBookLoader;
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
    ScreeningEngine screeningEngine(RuleBook ruleBook) {
        return new ScreeningEngine(ruleBook);
    }
}
