package org.spinewise.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.spinewise.fuzz.EntryPointContract.checkPlan;

/**
 * {@code POST /api/v1/plans} with the right field names and values of the
 * right or any type: past the parser, into the readers, the screening engine
 * and the planner. A 400 may name only the fields that were changed. See docs/fuzzing.md.
 */
class PlanNearlyValidFuzzTest extends EntryPointFuzzTest {

    /** Seeds and findings: PlanNearlyValidFuzzTestInputs/nearlyValidBody. */
    @FuzzTest(maxDuration = "10s")
    void nearlyValidBody(FuzzedDataProvider data) {
        NearlyValidRequests requests = new NearlyValidRequests(data);
        byte[] body = NearlyValidRequests.bytes(requests.plan());
        checkPlan(body, post(PLANS, body), requests.changedFields());
    }
}
