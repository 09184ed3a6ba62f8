package org.spinewise.screening;

/** The heat or cold session a screening recommends, with its time limits in minutes. */
public record TherapyAdvice(TherapyKind recommended, int defaultMinutes, int maxMinutes) {}
