package org.spinewise.planner.web;

import java.util.List;

import org.spinewise.planner.Exclusion;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanItem;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.json.ScreeningResponse;

/**
 * A plan as the API contract writes it, plus {@code leftOut}: the items left
 * out for time, position or goal, so a person can see why each is missing.
 */
record PlanResponse(
        ScreeningResponse screening,
        List<PlanItem> items,
        int totalSeconds,
        List<Exclusion> excluded,
        List<Exclusion> leftOut) {

    /** @param screening the plan's screening as the reader sees it, in their language */
    static PlanResponse of(Plan plan, ScreeningResult screening) {
        return new PlanResponse(
                ScreeningResponse.of(screening), plan.items(), plan.totalSeconds(), plan.excluded(), plan.leftOut());
    }
}
