package org.spinewise.planner;

/**
 * One exercise of a routine a clinician assigned, with the dose they chose (or the library's where they
 * chose none).
 */
public record AssignedItem(String exerciseId, int reps, int sets, int holdSeconds) {

    public static final int MAX_REPS = 30;
    public static final int MAX_SETS = 10;
    public static final int MAX_HOLD_SECONDS = 60;
}
