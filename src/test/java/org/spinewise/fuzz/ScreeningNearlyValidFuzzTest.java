package org.spinewise.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.spinewise.fuzz.EntryPointContract.checkScreening;

/**
 * {@code POST /api/v1/screenings} with the right field names and values of the
 * right or any type: past the parser, into the reader and the screening
 * engine. A 400 may name only the fields that were changed. See docs/fuzzing.md.
 */
class ScreeningNearlyValidFuzzTest extends EntryPointFuzzTest {

    /** Seeds and findings: ScreeningNearlyValidFuzzTestInputs/nearlyValidBody. */
    @FuzzTest(maxDuration = "10s")
    void nearlyValidBody(FuzzedDataProvider data) {
        NearlyValidRequests requests = new NearlyValidRequests(data);
        byte[] body = NearlyValidRequests.bytes(requests.screening(""));
        checkScreening(body, post(SCREENINGS, body), requests.changedFields());
    }
}
