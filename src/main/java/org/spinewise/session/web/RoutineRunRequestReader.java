package org.spinewise.session.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.ClientId;
import org.spinewise.api.JsonFields;
import org.spinewise.api.TimeLimits;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.StopReason;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Component;

/**
 * Reads a new routine run (account-api.md, "Routine runs"), naming every
 * offending field: times are ISO instants, neither in the future (with a
 * little clock difference allowed), the end not before the start; completed
 * items are library ids; pain is a whole number from 0 to 10.
 */
@Component
class RoutineRunRequestReader {

    static final String STARTED_AT = "startedAt";
    static final String ENDED_AT = "endedAt";
    static final String COMPLETED = "completed";
    static final String PAIN_BEFORE = "painBefore";
    static final String PAIN_AFTER = "painAfter";
    static final String STOP = "stop";
    static final String REASON = "reason";
    private static final Set<String> FIELDS =
            Set.of(STARTED_AT, ENDED_AT, COMPLETED, PAIN_BEFORE, PAIN_AFTER, STOP, ClientId.FIELD);

    /** Far more items than any routine holds. */
    static final int MAX_COMPLETED = 200;

    private final List<String> exerciseIds;
    private final List<String> reasons =
            Arrays.stream(StopReason.values()).map(Enum::name).toList();
    private final Clock clock;

    RoutineRunRequestReader(Library library, Clock clock) {
        this.exerciseIds = library.exercises().stream().map(Exercise::id).toList();
        this.clock = clock;
    }

    /** The run for this person; null when a field is invalid (the errors are recorded in {@code fields}). */
    @Nullable
    RoutineRun read(JsonFields fields, UUID accountId) {
        int errorsBefore = fields.errorCount();
        fields.rejectUnknown(FIELDS);
        Instant latest = clock.instant().plus(TimeLimits.CLOCK_SKEW);
        Instant startedAt = fields.instantNotAfter(STARTED_AT, latest);
        Instant endedAt = fields.instantNotAfter(ENDED_AT, latest);
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            fields.error(ENDED_AT, Messages.t("session.api.endedAt", startedAt, endedAt));
        }
        List<String> completed = fields.listOf(COMPLETED, exerciseIds, true);
        if (completed != null && completed.size() > MAX_COMPLETED) {
            fields.error(COMPLETED, Messages.t("session.api.completed", MAX_COMPLETED, completed.size()));
        }
        Integer painBefore = fields.integer(PAIN_BEFORE, RoutineRun.MIN_PAIN, RoutineRun.MAX_PAIN);
        Integer painAfter = fields.optionalInteger(PAIN_AFTER, RoutineRun.MIN_PAIN, RoutineRun.MAX_PAIN);
        @Nullable StopReason reason = null;
        JsonFields stop = fields.optionalObject(STOP);
        if (stop != null) {
            stop.rejectUnknown(Set.of(REASON));
            String name = stop.oneOf(REASON, reasons);
            reason = name == null ? null : StopReason.valueOf(name);
        }
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        // no new errors: each required read above returned its value
        return new RoutineRun(
                UUID.randomUUID(),
                accountId,
                Objects.requireNonNull(startedAt),
                Objects.requireNonNull(endedAt),
                Objects.requireNonNull(completed),
                Objects.requireNonNull(painBefore),
                painAfter,
                reason);
    }
}
