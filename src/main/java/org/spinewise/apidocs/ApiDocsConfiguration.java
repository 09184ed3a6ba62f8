package org.spinewise.apidocs;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives springdoc the whole API description. springdoc scans no controller ({@code springdoc.packages-to-scan}
 * names this package, which has none), so it infers nothing from handlers whose bodies are read by hand; the
 * document is built once, on the first request for it, and springdoc keeps it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String TITLE = "Spinewise API";
    static final String VERSION = "v1";

    /** springdoc's beans made lazy, so it costs nothing until its document or page is asked for. */
    @Bean
    static BeanFactoryPostProcessor lazySpringdoc() {
        return new LazySpringdoc();
    }

    @Bean
    OpenApiCustomizer spinewiseApiDocument(RuleBook rules, Library library) {
        return openApi -> {
            OpenAPI described =
                    parse(ApiDocument.read(ApiDocValues.of(rules, library)).toString());
            openApi.info(info(rules, library));
            openApi.setPaths(described.getPaths());
            openApi.setComponents(described.getComponents() == null ? new Components() : described.getComponents());
            openApi.setTags(tags());
        };
    }

    private static OpenAPI parse(String json) {
        try {
            return Json31.mapper().readValue(json, OpenAPI.class);
        } catch (Exception e) {
            throw new IllegalStateException("The API document in openapi/*.yaml is not an OpenAPI document", e);
        }
    }

    private static Info info(RuleBook rules, Library library) {
        return new Info()
                .title(TITLE)
                .version(VERSION)
                .description("Spinewise's JSON API: screening and planning, the library, a person's account, journal"
                        + " and own data, the clinic, movement breaks. Errors are application/problem+json (RFC 9457);"
                        + " a 400 names each offending field in errors. Rules version " + rules.version()
                        + ", library version " + library.version() + ". Roles a call needs are in x-roles.");
    }

    private static java.util.List<Tag> tags() {
        return java.util.stream.Stream.of(
                        "screening", "library", "account", "journal", "sessions", "progress", "clinic", "reminders")
                .map(name -> new Tag().name(name))
                .toList();
    }
}
