package org.spinewise.clinic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.planner.AssignedItem;

/**
 * A routine a clinician assigned to a linked patient.
 *
 * @param endedAt when the clinic ended it (or the link ended), or null while it is active
 */
public record Assignment(
        UUID id,
        UUID accountId,
        Clinic clinic,
        String title,
        List<AssignedItem> items,
        String note,
        Instant createdAt,
        @Nullable Instant endedAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_ITEMS = 12;

    public Assignment {
        items = List.copyOf(items);
    }

    public boolean active() {
        return endedAt == null;
    }
}
