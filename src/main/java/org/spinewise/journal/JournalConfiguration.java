package org.spinewise.journal;

import org.spinewise.library.Library;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The crack guardrails from {@code spinewise.cracks.*} (defaults in application.properties). */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    /** Made at start although beans are lazy: a bad setting must stop the start, not the first crack logged. */
    @Bean
    @Lazy(false)
    CrackGuardrails crackGuardrails(
            @Value("${spinewise.cracks.daily-limit:3}") int dailyLimit,
            @Value("${spinewise.cracks.painful-window:5}") int painfulWindow,
            @Value("${spinewise.cracks.painful-threshold:3}") int painfulThreshold) {
        return new CrackGuardrails(dailyLimit, painfulWindow, painfulThreshold);
    }

    @Bean
    CrackAdvisor crackAdvisor(CrackGuardrails guardrails, Library library) {
        return new CrackAdvisor(guardrails, library);
    }
}
