package org.spinewise.planner;

/**
 * A person planned a routine on its page. Features that keep a signed-in
 * person's history react to it; the planner itself stores nothing.
 *
 * @param requestJson the plan request, as the API would take it
 */
public record RoutinePlanned(String requestJson, Plan plan) {}
