package org.spinewise.system;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings no single feature owns, and when Spinewise's own settings records are bound. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicAddress.class)
class SettingsConfiguration {

    /**
     * Spinewise's own settings records ({@code spinewise.*}, each checking itself) are bound at start although
     * beans are lazy, so a bad value stops the start naming it instead of failing the first request that needs it.
     */
    @Bean
    static LazyInitializationExcludeFilter spinewiseSettingsAtStart() {
        return (name, definition, type) -> type.isAnnotationPresent(ConfigurationProperties.class)
                && type.getPackageName().startsWith("org.spinewise.");
    }
}
