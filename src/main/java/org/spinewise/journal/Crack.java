package org.spinewise.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * One logged back crack.
 *
 * @param at        when it happened, to the microsecond (what both databases keep)
 * @param technique a library CRACK exercise id, or {@link #OTHER}
 */
public record Crack(UUID id, Instant at, String technique, boolean forced, boolean painful) {

    /** The technique of a crack that is none of the library's. */
    public static final String OTHER = "other";

    public Crack {
        if (id == null || at == null || technique == null) {
            throw new IllegalArgumentException("a crack needs an id, a time and a technique");
        }
        at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
