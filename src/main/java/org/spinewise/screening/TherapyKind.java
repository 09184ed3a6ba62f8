package org.spinewise.screening;

/** Heat or cold, as the screening recommends it. */
public enum TherapyKind {
    COLD,
    HEAT
}
