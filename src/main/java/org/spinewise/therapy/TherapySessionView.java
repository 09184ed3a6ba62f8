package org.spinewise.therapy;

import java.time.Instant;

/** A heat or cold session as the API answers it and the export writes it. */
public record TherapySessionView(
        String id, TherapyMode kind, int minutes, Instant startedAt, Instant endedAt, boolean finished) {

    public static TherapySessionView of(TherapySession session) {
        return new TherapySessionView(
                session.id().toString(),
                session.kind(),
                session.minutes(),
                session.startedAt(),
                session.endedAt(),
                session.finished());
    }
}
