package org.spinewise.session;

/** Why a person stopped a routine early ("This hurts, stop"). */
public enum StopReason {
    SHARP_PAIN,
    NUMBNESS_TINGLING,
    PAIN_SPREADING_TO_LEG,
    UNCOMFORTABLE,
    /** Added with rules version 2, after the four of the contract: a leg that feels weak or gives way. */
    LEG_WEAKNESS
}
