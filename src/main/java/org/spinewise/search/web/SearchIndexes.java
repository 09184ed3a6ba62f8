package org.spinewise.search.web;

import java.io.IOException;
import java.util.Locale;

import org.spinewise.library.ContentLanguage;
import org.spinewise.search.LibrarySearch;

/** A search index per content language: a page in Spanish searches the Spanish library. */
record SearchIndexes(LibrarySearch english, LibrarySearch spanish) implements AutoCloseable {

    LibrarySearch in(Locale locale) {
        return ContentLanguage.of(locale) == ContentLanguage.SPANISH ? spanish : english;
    }

    @Override
    public void close() throws IOException {
        try (english) {
            spanish.close();
        }
    }
}
