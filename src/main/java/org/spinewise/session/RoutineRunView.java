package org.spinewise.session;

import java.time.Instant;
import java.util.List;

/** A routine run as the API answers it and the export writes it; {@code stop} is null for a run that was not stopped early. */
public record RoutineRunView(
        String id,
        Instant startedAt,
        Instant endedAt,
        List<String> completed,
        int painBefore,
        Integer painAfter,
        Stop stop) {

    public record Stop(StopReason reason) {}

    public static RoutineRunView of(RoutineRun run) {
        return new RoutineRunView(
                run.id().toString(),
                run.startedAt(),
                run.endedAt(),
                run.completed(),
                run.painBefore(),
                run.painAfter(),
                run.stopReason() == null ? null : new Stop(run.stopReason()));
    }
}
