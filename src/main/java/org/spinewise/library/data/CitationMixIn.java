package org.spinewise.library.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.spinewise.library.Source;

/** Reads {@code source: {section: id}} through {@link Source#cited(String)}. */
abstract class CitationMixIn {

    @JsonCreator
    static Source cited(@JsonProperty("section") String section) {
        throw new UnsupportedOperationException("a mix-in only carries annotations");
    }
}
