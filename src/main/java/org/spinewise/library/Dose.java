package org.spinewise.library;

import java.util.List;

/**
 * How much of a stretch or crack technique one routine item holds.
 *
 * @param sets       sets when the pain level does not change them
 * @param setRange   the article's range of sets, or null where it gives none
 * @param setsByPain sets for pain 0 to 10, or null when the dose does not follow pain
 * @param origin     which numbers come from the article and which are ours
 */
public record Dose(
        int sides,
        int reps,
        int sets,
        int holdSeconds,
        int restSeconds,
        SetRange setRange,
        List<Integer> setsByPain,
        String origin) {

    public static final int PAIN_LEVELS = 11;

    public int setsFor(int painLevel) {
        return setsByPain == null ? sets : setsByPain.get(painLevel);
    }

    /** Seconds one item of this dose takes at the given pain level, rests included. */
    public int secondsFor(int painLevel) {
        return sides * reps * setsFor(painLevel) * (holdSeconds + restSeconds);
    }
}
