package org.spinewise.planner;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person planned a routine on its page. Features that keep a signed-in person's history react to it; the
 * planner itself stores nothing. It names the person it concerns, so that a listener needs no request of its
 * own to find out.
 *
 * @param planId the plan's id, which is also its address ({@code /routine/{planId}}) once it is kept
 * @param accountId the signed-in person's account, or null for an anonymous person (nothing is kept)
 * @param requestJson the plan request, as the API would take it
 */
public record RoutinePlanned(UUID planId, @Nullable UUID accountId, String requestJson, Plan plan) {}
