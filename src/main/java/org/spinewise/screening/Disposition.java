package org.spinewise.screening;

/**
 * Where a screening sends the person, most pressing first: the order of the
 * constants is the contract's precedence.
 */
public enum Disposition {
    /** Call emergency services or go to an emergency department now. */
    EMERGENCY,
    /** See a doctor today or tomorrow. */
    URGENT,
    /** Book a visit; gentle self-care within the restrictions meanwhile. */
    SEE_PROFESSIONAL,
    /** Safe to go on with the program within the restrictions. */
    SELF_CARE;

    public boolean outranks(Disposition other) {
        return compareTo(other) < 0;
    }

    public boolean allowsSelfGuidedExercise() {
        return this == SEE_PROFESSIONAL || this == SELF_CARE;
    }

    public boolean allowsCracking() {
        return this == SELF_CARE;
    }
}
