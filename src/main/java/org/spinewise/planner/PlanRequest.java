package org.spinewise.planner;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.spinewise.library.Position;
import org.spinewise.screening.ScreeningResult;

/**
 * What a routine is planned from.
 *
 * @param painLevel the screening's pain level, which sets the dose of pain-dependent items
 * @param positions the positions the person can take now: a non-empty subset of CHAIR, FLOOR, LYING
 * @param minutes   the time the person has, 1 to 60
 */
public record PlanRequest(ScreeningResult screening, int painLevel, Set<Position> positions, int minutes, Goal goal) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 60;
    /** A routine never plans more than this, however long the person has. */
    public static final int MAX_PLANNED_MINUTES = 15;
    /** In the enum's order, so messages and anything that walks it are the same on every run. */
    public static final Set<Position> CHOOSABLE_POSITIONS =
            Collections.unmodifiableSet(EnumSet.of(Position.CHAIR, Position.FLOOR, Position.LYING));

    public PlanRequest {
        positions = Set.copyOf(positions);
        if (positions.isEmpty() || !CHOOSABLE_POSITIONS.containsAll(positions)) {
            throw new IllegalArgumentException("positions must be a non-empty subset of " + CHOOSABLE_POSITIONS);
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be " + MIN_MINUTES + "-" + MAX_MINUTES);
        }
    }

    /** Seconds the planner fills: the person's time, up to the routine cap. */
    public int budgetSeconds() {
        return Math.min(minutes, MAX_PLANNED_MINUTES) * 60;
    }
}
