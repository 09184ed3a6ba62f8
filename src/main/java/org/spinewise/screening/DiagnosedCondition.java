package org.spinewise.screening;

/** A diagnosed spinal condition the person may list. */
public record DiagnosedCondition(String id, String label) {}
