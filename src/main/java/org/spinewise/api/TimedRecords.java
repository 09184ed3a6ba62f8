package org.spinewise.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Own records named by an id and kept by time (a routine run, a heat or cold session, a kept screening): the
 * days of a list are the instants they span in the person's time zone ({@link ListDays#in}).
 */
public interface TimedRecords<R> extends OwnRecords<UUID, R> {

    /**
     * The person's records whose time falls in [{@code from}, {@code until}), in the kind's order.
     *
     * @param from  inclusive, or null for no lower bound
     * @param until exclusive, or null for no upper bound
     */
    List<R> list(UUID accountId, @Nullable Instant from, @Nullable Instant until);

    @Override
    default List<R> onDays(UUID accountId, ListDays days, ZoneId zone) {
        DayRange range = days.in(zone);
        return list(accountId, range.start(), range.end());
    }
}
