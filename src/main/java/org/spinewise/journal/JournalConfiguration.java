package org.spinewise.journal;

import org.spinewise.library.Libraries;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The crack guardrails, bound from {@code spinewise.cracks.*} (defaults in application.properties). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrackGuardrails.class)
class JournalConfiguration {

    @Bean
    CrackAdvisor crackAdvisor(CrackGuardrails guardrails, Libraries libraries) {
        return new CrackAdvisor(guardrails, libraries.localized());
    }
}
