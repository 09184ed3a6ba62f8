package org.spinewise.fuzz;

import static org.spinewise.fuzz.EntryPointContract.checkScreening;

import org.spinewise.fuzz.EntryPointContract.Response;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code POST /api/v1/screenings} answers every body by the contract: 200 with
 * a coherent result, or 400 problem+json naming the fields. See docs/fuzzing.md.
 */
class ScreeningFuzzTest extends EntryPointFuzzTest {

    /** Any bytes at all; seeds and findings in ScreeningFuzzTestInputs/anyBody. */
    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"age\"", "\"painLevel\"", "\"conditions\"", "\"onsetHours\"", "\"answers\"",
            "\"fever\"", "\"pregnant\"", "\"recent_spine_surgery\"", "\"spinal_stenosis\"", "\"osteoporosis\"",
            "true", "false", "null", "1e400", "-0", "120", "2147483648"})
    void anyBody(byte[] body) {
        Response response = post(SCREENINGS, body);
        checkScreening(body, response, null);
    }

    /** Right field names, values of the right or any type: the readers and the engine, past the parser. */
    @FuzzTest(maxDuration = "10s")
    void nearlyValidBody(FuzzedDataProvider data) {
        NearlyValidRequests requests = new NearlyValidRequests(data);
        byte[] body = NearlyValidRequests.bytes(requests.screening(""));
        checkScreening(body, post(SCREENINGS, body), requests.changedFields());
    }
}
