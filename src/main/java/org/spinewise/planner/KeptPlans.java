package org.spinewise.planner;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The routines signed-in people planned, as kept by the feature that keeps their history: the planner reads one
 * back to open it again at its own address, without knowing where it is stored.
 */
public interface KeptPlans {

    /**
     * @param requestJson the plan request as it was made (the screening's answers, not its result), so that
     *     opening it again screens it with the rules of the day
     * @param plannedAt when it was planned, which is when its safety check was made
     */
    record KeptPlan(UUID id, String requestJson, Instant plannedAt) {}

    /** The person's own plan with that id; another person's is as absent as one that never existed. */
    Optional<KeptPlan> find(UUID accountId, UUID planId);
}
