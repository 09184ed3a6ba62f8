package org.spinewise.system.session;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts the JDBC session store Spring Boot makes behind {@link OutageTolerantSessionRepository}, the way
 * Spring puts its own proxies around beans: Boot's store keeps every setting it gives it, and every user of
 * the session store (the request filter, sign-out everywhere) gets the wrapper.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    static BeanPostProcessor outageTolerantSessionStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new OutageTolerantSessionRepository(store)
                        : bean;
            }
        };
    }
}
