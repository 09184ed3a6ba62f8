package org.spinewise.session.web;

import java.time.Instant;
import java.util.List;

import org.spinewise.session.RoutineRun;
import org.spinewise.session.StopReason;

/** A routine run as the API writes it; {@code stop} is null for a run that was not stopped early. */
record RoutineRunView(
        String id,
        Instant startedAt,
        Instant endedAt,
        List<String> completed,
        int painBefore,
        Integer painAfter,
        Stop stop) {

    record Stop(StopReason reason) {}

    static RoutineRunView of(RoutineRun run) {
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
