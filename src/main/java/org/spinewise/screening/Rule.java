package org.spinewise.screening;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;

/**
 * A screening rule: when it fires, what disposition it raises to (null for a
 * rule that only restricts) and what it restricts.
 *
 * @param sign   the warning sign in a plain statement, for lists of signs; null for a rule that only restricts
 * @param source the guideline or article section it rests on, in words
 */
public record Rule(
        String id,
        Trigger trigger,
        @Nullable Disposition disposition,
        @Nullable String sign,
        String message,
        String source,
        boolean forbidsCracking,
        boolean stopsSelfGuidedExercise,
        Set<Movement> avoidsMovements,
        Set<Position> avoidsPositions) {

    public Rule {
        avoidsMovements = Set.copyOf(avoidsMovements);
        avoidsPositions = Set.copyOf(avoidsPositions);
    }

    /** Whether this rule, once fired, rules out every self-guided exercise. */
    public boolean blocksSelfGuidedExercise() {
        return stopsSelfGuidedExercise || (disposition != null && !disposition.allowsSelfGuidedExercise());
    }

    /** Whether this rule, once fired, rules out self-cracking. */
    public boolean blocksCracking() {
        return forbidsCracking || (disposition != null && !disposition.allowsCracking());
    }
}
