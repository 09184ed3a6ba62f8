package org.spinewise.planner;

/** Why a stretch or crack technique is not in a routine. */
public enum LeftOutReason {
    /** The screening allows no self-guided exercise at all. */
    NO_SELF_GUIDED_EXERCISE(true),
    /** Its movement is one the screening says to avoid. */
    MOVEMENT_TO_AVOID(true),
    /** Its position is one the screening says to avoid. */
    POSITION_TO_AVOID(true),
    /** Cracking was asked for but the screening does not allow it. */
    CRACKING_NOT_ALLOWED(true),
    /** The person cannot take its position now. */
    POSITION_NOT_AVAILABLE(false),
    /** The goal does not include it (cracking, or anything off the chair for a desk break). */
    NOT_PART_OF_GOAL(false),
    /** A routine ends with one crack technique; another was chosen. */
    ONE_CRACK_PER_ROUTINE(false),
    /** It does not fit in the time. */
    NO_TIME(false),
    /** A clinician assigned it, and the library no longer holds it. */
    NO_LONGER_IN_LIBRARY(false);

    private final boolean safety;

    LeftOutReason(boolean safety) {
        this.safety = safety;
    }

    /** Safety reasons come with the rules behind them. */
    public boolean isSafety() {
        return safety;
    }
}
