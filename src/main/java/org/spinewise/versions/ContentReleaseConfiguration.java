package org.spinewise.versions;

import java.time.Clock;
import java.util.List;

import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentReleaseConfiguration {

    @Bean
    ContentReleaseGuard contentReleaseGuard(ContentReleaseRepository releases) {
        return new ContentReleaseGuard(releases, Clock.systemUTC());
    }

    /** Runs during start, so a changed-but-unversioned file stops the start. */
    @Bean
    InitializingBean contentReleaseCheck(ContentReleaseGuard guard, RuleBook rules, Library library) {
        return () -> guard.check(List.of(
                new ContentRelease(ContentRelease.RULES, rules.version(), rules.checksum(), null),
                new ContentRelease(ContentRelease.LIBRARY, library.version(), library.checksum(), null)));
    }
}
