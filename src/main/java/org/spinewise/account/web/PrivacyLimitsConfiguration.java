package org.spinewise.account.web;

import org.spinewise.account.SignInSettings;
import org.spinewise.site.PrivacyLimits;
import org.spinewise.system.session.SessionLifetimes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits the privacy page states, from the settings records that enforce them. Made here, where both are
 * seen: the site module, which shows the page, cannot use the account module (which uses it).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyLimitsConfiguration {

    @Bean
    PrivacyLimits privacyLimits(SessionLifetimes sessions, SignInSettings signIns) {
        return new PrivacyLimits(sessions.idleTimeout(), sessions.absoluteLifetime(), signIns.window());
    }
}
