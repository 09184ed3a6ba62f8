package org.spinewise.clinic;

import java.util.Set;

/** Where a "contact us" request stands: OPEN, then IN_PROGRESS, then CLOSED (or straight to CLOSED). */
public enum ContactStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED;

    /** Whether a request in this status may move to {@code next}; staying put is always allowed before CLOSED. */
    public boolean mayMoveTo(ContactStatus next) {
        return switch (this) {
            case OPEN -> true;
            case IN_PROGRESS -> Set.of(IN_PROGRESS, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
