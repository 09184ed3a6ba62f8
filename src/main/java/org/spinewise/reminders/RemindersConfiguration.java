package org.spinewise.reminders;

import javax.sql.DataSource;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Web Push's settings and allowed endpoints, and the break job (unless {@code spinewise.reminders.scheduler} is off). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PushSettings.class, ReminderSettings.class})
class RemindersConfiguration {

    /** Made at start although beans are lazy: the break job runs whether or not anybody asks for a page. */
    @Bean
    static LazyInitializationExcludeFilter breakJobAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(BreakJob.class);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "spinewise.reminders.scheduler", matchIfMissing = true)
    BreakJob breakJob(DataSource dataSource, BreakSender breaks, ReminderSettings settings) {
        return new BreakJob(dataSource, breaks, settings);
    }

    @Bean
    PushEndpoints pushEndpoints(PushSettings settings) {
        return new PushEndpoints(settings);
    }
}
