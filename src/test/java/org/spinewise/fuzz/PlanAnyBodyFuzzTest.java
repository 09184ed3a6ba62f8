package org.spinewise.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.spinewise.fuzz.EntryPointContract.checkPlan;

/**
 * {@code POST /api/v1/plans} answers any body at all by the contract: 200 with
 * a plan that keeps the safety invariants, or 400 problem+json naming the
 * fields. One fuzz test per class, as Jazzer fuzzes one per JVM. See docs/fuzzing.md.
 */
class PlanAnyBodyFuzzTest extends EntryPointFuzzTest {

    /** Seeds and findings: PlanAnyBodyFuzzTestInputs/anyBody. */
    @FuzzTest(maxDuration = "10s")
    @DictionaryFile(resourcePath = "/org/spinewise/fuzz/plan.dict")
    @DictionaryFile(resourcePath = "/org/spinewise/fuzz/screening.dict")
    void anyBody(byte[] body) {
        checkPlan(body, post(PLANS, body), null);
    }
}
