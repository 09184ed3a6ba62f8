package org.spinewise.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.spinewise.fuzz.EntryPointContract.checkScreening;

/**
 * {@code POST /api/v1/screenings} answers any body at all by the contract: 200
 * with a coherent result, or 400 problem+json naming the fields. One fuzz test
 * per class, as Jazzer fuzzes one per JVM. See docs/fuzzing.md.
 */
class ScreeningAnyBodyFuzzTest extends EntryPointFuzzTest {

    /** Seeds and findings: ScreeningAnyBodyFuzzTestInputs/anyBody. */
    @FuzzTest(maxDuration = "10s")
    @DictionaryFile(resourcePath = "/org/spinewise/fuzz/screening.dict")
    void anyBody(byte[] body) {
        checkScreening(body, post(SCREENINGS, body), null);
    }
}
