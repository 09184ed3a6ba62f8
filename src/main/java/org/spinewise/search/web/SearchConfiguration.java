package org.spinewise.search.web;

import java.util.List;

import org.spinewise.library.Library;
import org.spinewise.search.LibrarySearch;
import org.spinewise.search.PageText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indexes the library once at start. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    LibrarySearch librarySearch(Library library, List<PageText> moreText) {
        return new LibrarySearch(library, moreText);
    }
}
