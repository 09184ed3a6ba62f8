package org.spinewise.screening;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person completed the safety check on its page. Features that keep a signed-in person's history react
 * to it; the screening itself stores nothing. It names the person it concerns, so that a listener needs no
 * request of its own to find out (as petclinic-modulith's {@code VisitBooked} carries its ids).
 *
 * @param accountId the signed-in person's account, or null for an anonymous person (nothing is kept)
 * @param requestJson the screening request, as the API would take it
 * @param keep whether the person asked for this check to be kept in their history (their consent, which
 *     is also remembered as their next default); false for an anonymous person
 */
public record ScreeningEvaluated(@Nullable UUID accountId, String requestJson, ScreeningResult result, boolean keep) {}
