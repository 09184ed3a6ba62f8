package org.spinewise.versions;

import java.time.Clock;
import java.util.List;

import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class ContentReleaseConfiguration {

    @Bean
    ContentReleaseGuard contentReleaseGuard(ContentReleaseRepository releases) {
        return new ContentReleaseGuard(releases, Clock.systemUTC());
    }

    /**
     * Runs during start, so a changed-but-unversioned file stops the start. Never lazy:
     * it loads and validates the content and, through the repository, runs the migrations,
     * so bad content or a bad database stops the start even though other beans wait for
     * their first use.
     */
    @Bean
    @Lazy(false)
    InitializingBean contentReleaseCheck(ContentReleaseGuard guard, RuleBook rules, Library library) {
        return () -> guard.check(List.of(
                new ContentRelease(ContentRelease.RULES, rules.version(), rules.checksum(), null),
                new ContentRelease(ContentRelease.LIBRARY, library.version(), library.checksum(), null)));
    }
}
