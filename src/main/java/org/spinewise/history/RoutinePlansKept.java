package org.spinewise.history;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.planner.KeptPlans;
import org.springframework.stereotype.Component;

/** The planner's view of the routines kept here: one person's plan by its id, for its own address. */
@Component
@RequiredArgsConstructor
class RoutinePlansKept implements KeptPlans {

    private final RoutinePlanRepository plans;

    @Override
    public Optional<KeptPlan> find(UUID accountId, UUID planId) {
        return plans.find(accountId, planId).map(plan -> new KeptPlan(plan.id(), plan.request(), plan.at()));
    }
}
