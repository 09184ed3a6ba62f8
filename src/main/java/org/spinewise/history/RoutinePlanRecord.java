package org.spinewise.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One kept routine plan.
 *
 * @param request the plan request as JSON text
 * @param plan    the planned items, exclusions and total, as JSON text
 */
public record RoutinePlanRecord(UUID id, UUID accountId, Instant at, String request, String plan) {}
