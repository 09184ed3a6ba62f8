package org.spinewise.system.language;

import org.spinewise.system.Messages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The language of each answer: {@link LanguageResolver}, and {@code ?lang=} on any request. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice(localeResolver()));
    }
}
