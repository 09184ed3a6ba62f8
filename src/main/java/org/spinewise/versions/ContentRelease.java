package org.spinewise.versions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A version of a content file set (rules or library) as this installation
 * first served it.
 *
 * @param kind     {@code rules} or {@code library}
 * @param checksum SHA-256 of the content, hex
 */
public record ContentRelease(
        String kind,
        String version,
        String checksum,
        @Nullable Instant firstServedAt) {

    public static final String RULES = "rules";
    public static final String LIBRARY = "library";
}
