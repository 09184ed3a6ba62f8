package org.spinewise.screening;

import java.util.UUID;

/**
 * Whether a signed-in person has let their safety checks be kept in their history: the default of the
 * page's "Keep this check" box. The module that keeps checks answers it, so the screening keeps nothing
 * itself and needs no account of its own.
 */
public interface CheckKeeping {

    /** The person's remembered choice; false until they have given their consent. */
    boolean consented(UUID accountId);
}
