package org.spinewise.library;

import java.util.List;

/**
 * A movement or therapy of the article, in the project's own words.
 *
 * @param dose    the routine dose; null for therapies
 * @param therapy the session limits; null for stretches and crack techniques
 * @param warmUp  whether routines start with it
 */
public record Exercise(
        String id,
        String name,
        Category category,
        Position position,
        Movement movement,
        String summary,
        String startingPosition,
        List<String> steps,
        String breathing,
        List<String> cautions,
        Dose dose,
        TherapyLimits therapy,
        boolean warmUp,
        Source source) {

    public boolean isPlannable() {
        return category == Category.STRETCH || category == Category.CRACK;
    }
}
