package org.spinewise.screening;

import java.util.Set;

import org.spinewise.library.Movement;
import org.spinewise.library.Position;

/** What a screening allows the person to do on their own. */
public record Restrictions(
        boolean crackingAllowed,
        Set<Movement> avoidMovements,
        Set<Position> avoidPositions,
        boolean selfGuidedExercise) {}
