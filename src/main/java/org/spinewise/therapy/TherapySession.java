package org.spinewise.therapy;

import java.time.Instant;
import java.util.UUID;

/**
 * A heat or cold session as the coach timed it.
 *
 * @param minutes  the session length that was set (never over the therapy's maximum)
 * @param finished whether it ran to its end rather than being ended early
 */
public record TherapySession(
        UUID id, UUID accountId, TherapyMode kind, int minutes, Instant startedAt, Instant endedAt, boolean finished) {}
