package org.spinewise.apidocs;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;

/**
 * Makes springdoc's beans lazy like every other bean here ({@code spring.main.lazy-initialization}):
 * springdoc marks its configuration {@code @Lazy(false)}, which built the document's machinery (swagger-core,
 * its model converters) at every start although only {@code /v3/api-docs} and {@code /docs/api} need it.
 */
final class LazySpringdoc implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition bean = beans.getBeanDefinition(name);
            if (fromSpringdoc(bean)) {
                bean.setLazyInit(true);
            }
        }
    }

    private static boolean fromSpringdoc(BeanDefinition bean) {
        String type = bean.getBeanClassName();
        if (type != null && type.startsWith(SPRINGDOC)) {
            return true;
        }
        MethodMetadata factory =
                bean instanceof AnnotatedBeanDefinition annotated ? annotated.getFactoryMethodMetadata() : null;
        return factory != null && factory.getDeclaringClassName().startsWith(SPRINGDOC);
    }
}
