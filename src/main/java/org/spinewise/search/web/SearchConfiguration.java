package org.spinewise.search.web;

import java.util.List;

import org.spinewise.library.ContentLanguage;
import org.spinewise.library.Libraries;
import org.spinewise.library.Localized;
import org.spinewise.search.LibrarySearch;
import org.spinewise.search.PageText;
import org.spinewise.search.WarningSigns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indexes the library once at start. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /**
     * @param moreText     more body text for pages built elsewhere, in each language
     * @param warningSigns the rule book's signs whose words put their page first, in each language
     */
    @Bean
    SearchIndexes librarySearches(
            Libraries libraries, List<Localized<PageText>> moreText, Localized<WarningSigns> warningSigns) {
        return new SearchIndexes(
                new LibrarySearch(
                        libraries.english(),
                        moreText.stream().map(Localized::english).toList(),
                        ContentLanguage.ENGLISH,
                        warningSigns.english()),
                new LibrarySearch(
                        libraries.spanish(),
                        moreText.stream().map(Localized::spanish).toList(),
                        ContentLanguage.SPANISH,
                        warningSigns.spanish()));
    }
}
