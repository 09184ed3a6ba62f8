package org.spinewise.system.session;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts the JDBC session store Spring Boot makes behind {@link OutageTolerantSessionRepository}, the way
 * Spring puts its own proxies around beans: Boot's store keeps every setting it gives it, and every user of
 * the session store (the request filter, sign-out everywhere) gets the wrapper.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionLifetimes.class)
class SessionStoreConfiguration {

    /** Clock and lifetimes are looked up only when the store is made, once every bean post-processor is ready. */
    @Bean
    static BeanPostProcessor outageTolerantSessionStore(
            ObjectProvider<Clock> clock, ObjectProvider<SessionLifetimes> lifetimes) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new OutageTolerantSessionRepository(store, clock.getObject(), lifetimes.getObject())
                        : bean;
            }
        };
    }
}
