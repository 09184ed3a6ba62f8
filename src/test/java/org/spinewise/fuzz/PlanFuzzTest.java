package org.spinewise.fuzz;

import static org.spinewise.fuzz.EntryPointContract.checkPlan;

import org.spinewise.fuzz.EntryPointContract.Response;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code POST /api/v1/plans} answers every body by the contract: 200 with a
 * plan that keeps the safety invariants, or 400 problem+json naming the
 * fields. See docs/fuzzing.md.
 */
class PlanFuzzTest extends EntryPointFuzzTest {

    /** Any bytes at all; seeds and findings in PlanFuzzTestInputs/anyBody. */
    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"screening\"", "\"positions\"", "\"minutes\"", "\"goal\"", "\"CHAIR\"", "\"FLOOR\"",
            "\"LYING\"", "\"CRACK_SAFELY\"", "\"DESK_BREAK\"", "\"age\"", "\"painLevel\"", "\"answers\"",
            "\"conditions\"", "true", "false", "null", "60", "2147483648"})
    void anyBody(byte[] body) {
        Response response = post(PLANS, body);
        checkPlan(body, response, null);
    }

    /** Right field names, values of the right or any type: readers, engine and planner, past the parser. */
    @FuzzTest(maxDuration = "10s")
    void nearlyValidBody(FuzzedDataProvider data) {
        NearlyValidRequests requests = new NearlyValidRequests(data);
        byte[] body = NearlyValidRequests.bytes(requests.plan());
        checkPlan(body, post(PLANS, body), requests.changedFields());
    }
}
