package org.spinewise.planner;

import java.util.List;

import org.spinewise.screening.ScreeningResult;

/**
 * A routine in the order it is done.
 *
 * @param excluded items left out for a safety reason, with the rules behind them
 * @param leftOut  items left out for time, position or goal, which need no rule
 */
public record Plan(
        ScreeningResult screening,
        List<PlanItem> items,
        int totalSeconds,
        List<Exclusion> excluded,
        List<Exclusion> leftOut) {

    public Plan {
        items = List.copyOf(items);
        excluded = List.copyOf(excluded);
        leftOut = List.copyOf(leftOut);
    }
}
