package org.spinewise.planner;

import org.spinewise.library.Category;
import org.spinewise.library.Position;

/**
 * One step of a routine with its dose; {@code seconds} =
 * sides x reps x sets x (holdSeconds + restSeconds).
 */
public record PlanItem(
        String exerciseId,
        Category category,
        Position position,
        int sides,
        int reps,
        int sets,
        int holdSeconds,
        int restSeconds,
        int seconds) {}
