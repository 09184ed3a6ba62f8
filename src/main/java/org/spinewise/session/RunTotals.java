package org.spinewise.session;

import java.util.OptionalDouble;

/**
 * A person's routine runs of a span of time, added up by the database rather than read one by one.
 *
 * @param runs           how many runs started in the span
 * @param painBeforeSum  their pain ratings before, added up
 * @param painAfterRuns  how many of them have a pain rating after (it is optional)
 * @param painAfterSum   those ratings, added up
 */
public record RunTotals(int runs, long painBeforeSum, int painAfterRuns, long painAfterSum) {

    /** The mean pain before, or empty without a run. */
    public OptionalDouble meanPainBefore() {
        return runs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) painBeforeSum / runs);
    }

    /** The mean pain after over the runs that rated it, or empty when none did. */
    public OptionalDouble meanPainAfter() {
        return painAfterRuns == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) painAfterSum / painAfterRuns);
    }
}
