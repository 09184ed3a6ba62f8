package org.spinewise.screening.web;

import org.spinewise.screening.ScreeningResult;

/**
 * A person completed the safety check on its page. Features that keep a
 * signed-in person's history react to it; the screening itself stores nothing.
 *
 * @param requestJson the screening request, as the API would take it
 */
public record ScreeningEvaluated(String requestJson, ScreeningResult result) {}
