package org.spinewise.library;

/** Minutes a heat or cold session lasts by default and may never exceed. */
public record TherapyLimits(int defaultMinutes, int maxMinutes) {
}
