package org.spinewise.library.data;

import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the library at start: a broken file stops the start. */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean
    Library library() {
        return LibraryLoader.load();
    }

    @Bean
    Libraries libraries(Library library) {
        return new Libraries(library, LibraryLoader.loadSpanish());
    }
}
