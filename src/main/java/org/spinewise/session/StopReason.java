package org.spinewise.session;

/** Why a person stopped a routine early ("This hurts, stop"). */
public enum StopReason {
    SHARP_PAIN, NUMBNESS_TINGLING, PAIN_SPREADING_TO_LEG, UNCOMFORTABLE
}
