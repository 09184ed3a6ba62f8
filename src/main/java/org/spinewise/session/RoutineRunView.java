package org.spinewise.session;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A routine run as the API answers it and the export writes it; {@code stop} is null for a run that was not stopped early. */
public record RoutineRunView(
        String id,
        Instant startedAt,
        Instant endedAt,
        List<String> completed,
        int painBefore,
        @Nullable Integer painAfter,
        @Nullable Stop stop) {

    public record Stop(StopReason reason) {}

    public static RoutineRunView of(RoutineRun run) {
        return new RoutineRunView(
                run.id().toString(),
                run.startedAt(),
                run.endedAt(),
                run.completed(),
                run.painBefore(),
                run.painAfter(),
                stop(run.stopReason()));
    }

    private static @Nullable Stop stop(@Nullable StopReason reason) {
        return reason == null ? null : new Stop(reason);
    }
}
