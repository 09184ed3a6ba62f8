package org.spinewise.clinic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A linked patient as the clinic's list shows them.
 *
 * @param latestScreening null when the person kept no screening
 * @param flags           in {@link PatientFlag} order
 */
public record PatientSummary(
        UUID patientId,
        String email,
        Instant linkedAt,
        @Nullable ScreeningHeadline latestScreening,
        int runsLast7Days,
        List<PatientFlag> flags) {

    public PatientSummary {
        flags = List.copyOf(flags);
    }

    /** The latest screening, in brief. */
    public record ScreeningHeadline(UUID id, Instant at, String disposition) {}
}
