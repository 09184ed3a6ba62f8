package org.spinewise.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One guided run of a routine.
 *
 * @param completed  library exercise ids in the order they were completed (may repeat, may be empty)
 * @param painAfter  0-10, or null when the person did not say
 * @param stopReason why the run was stopped early, or null when it was not
 */
public record RoutineRun(
        UUID id,
        UUID accountId,
        Instant startedAt,
        Instant endedAt,
        List<String> completed,
        int painBefore,
        @Nullable Integer painAfter,
        @Nullable StopReason stopReason) {

    public static final int MIN_PAIN = 0;
    public static final int MAX_PAIN = 10;

    public RoutineRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        completed = List.copyOf(completed);
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
        }
        checkPain(painBefore);
        if (painAfter != null) {
            checkPain(painAfter);
        }
    }

    private static void checkPain(int pain) {
        if (pain < MIN_PAIN || pain > MAX_PAIN) {
            throw new IllegalArgumentException("pain must be from " + MIN_PAIN + " to " + MAX_PAIN + ", was " + pain);
        }
    }
}
