package org.spinewise.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bounds every time and day a person sends is checked against, defined once so the API, the pages
 * and the export agree on them.
 */
public final class TimeLimits {

    /** "Not in the future" allows this much difference between the client's clock and ours (account-api.md). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Nothing is recorded before this day: a typing guard, and within every database's date range. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);

    /** The last day a list bound may name (the databases' and ISO-8601's four-digit years). */
    public static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

    /** {@link #EARLIEST_DAY} as an instant: times before it are typing mistakes, not records. */
    public static final Instant EARLIEST_INSTANT = EARLIEST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    /** The start of {@link #LATEST_DAY}: an upper bound no stored time reaches. */
    public static final Instant LATEST_INSTANT = LATEST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    private TimeLimits() {}
}
