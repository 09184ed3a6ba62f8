package org.spinewise.therapy;

/** Heat, cold, or both in turn. */
public enum TherapyMode {
    HEAT,
    COLD,
    ALTERNATE
}
