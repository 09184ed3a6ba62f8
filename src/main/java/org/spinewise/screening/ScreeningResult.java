package org.spinewise.screening;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;

/**
 * The outcome of a screening: every fired rule, highest disposition first
 * and restriction-only rules last, each group by id.
 *
 * @param therapy null when self-guided exercise is not allowed
 */
public record ScreeningResult(
        Disposition disposition,
        List<Rule> firedRules,
        Restrictions restrictions,
        @Nullable TherapyAdvice therapy,
        String rulesVersion) {

    public ScreeningResult {
        firedRules = List.copyOf(firedRules);
    }

    public List<String> rulesBlockingSelfGuidedExercise() {
        return firedRuleIds(Rule::blocksSelfGuidedExercise);
    }

    public List<String> rulesBlockingCracking() {
        return firedRuleIds(Rule::blocksCracking);
    }

    public List<String> rulesAvoiding(Movement movement) {
        return firedRuleIds(rule -> rule.avoidsMovements().contains(movement));
    }

    public List<String> rulesAvoiding(Position position) {
        return firedRuleIds(rule -> rule.avoidsPositions().contains(position));
    }

    private List<String> firedRuleIds(Predicate<Rule> filter) {
        return firedRules.stream().filter(filter).map(Rule::id).toList();
    }
}
