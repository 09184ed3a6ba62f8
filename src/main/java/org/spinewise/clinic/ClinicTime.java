package org.spinewise.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Now, to the millisecond: what the database keeps of a time on both H2 and PostgreSQL, so that a record
 * reads back exactly as it was first answered (as the screening history's times do).
 */
final class ClinicTime {

    private ClinicTime() {}

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
