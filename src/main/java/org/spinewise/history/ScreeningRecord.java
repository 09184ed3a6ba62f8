package org.spinewise.history;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One kept screening.
 *
 * @param at           when it was evaluated
 * @param rulesVersion the rules version that produced the result
 * @param request      the screening request as JSON text
 * @param result       the result as the API answered it, as JSON text
 */
public record ScreeningRecord(UUID id, UUID accountId, Instant at, String rulesVersion, String request, String result) {

    public ScreeningRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
    }
}
