package org.spinewise.journal;

import java.time.Instant;

/** A logged crack as the API lists it and the export writes it (account-api.md, "Cracking log"). */
public record CrackView(String id, Instant at, String technique, boolean forced, boolean painful) {

    public static CrackView of(Crack crack) {
        return new CrackView(crack.id().toString(), crack.at(), crack.technique(), crack.forced(), crack.painful());
    }
}
