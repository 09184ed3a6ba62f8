package org.spinewise.search.web;

import org.spinewise.library.Library;
import org.spinewise.search.LibrarySearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indexes the library once at start. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    LibrarySearch librarySearch(Library library) {
        return new LibrarySearch(library);
    }
}
