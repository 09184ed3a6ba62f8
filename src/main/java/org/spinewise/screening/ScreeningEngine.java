package org.spinewise.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import org.spinewise.library.TherapyLimits;

/**
 * Evaluates a screening against a {@link RuleBook}: deterministic, free of
 * side effects, and safe to share between threads.
 */
public final class ScreeningEngine {

    private final RuleBook book;
    private final Map<String, Integer> questionBits;
    private final Map<String, Integer> conditionBits;
    private final Rule[] rules;

    public ScreeningEngine(RuleBook book) {
        this.book = book;
        this.questionBits = book.questionBits();
        this.conditionBits = book.conditionBits();
        this.rules = book.rules().toArray(Rule[]::new);
    }

    public RuleBook ruleBook() {
        return book;
    }

    /**
     * @throws IllegalArgumentException for an answer or condition id the rule book does not know
     */
    public ScreeningResult evaluate(ScreeningInput input) {
        long answers = mask(input.yesAnswers(), questionBits, "question");
        long conditions = mask(input.conditions(), conditionBits, "condition");

        List<Rule> fired = new ArrayList<>(8);
        Disposition disposition = Disposition.SELF_CARE;
        boolean crackingForbidden = false;
        boolean selfGuidedStopped = false;
        Set<Movement> movements = EnumSet.noneOf(Movement.class);
        Set<Position> positions = EnumSet.noneOf(Position.class);
        double onsetHours = input.onsetHours() == null ? Double.NaN : input.onsetHours();
        for (Rule rule : rules) {
            if (!rule.trigger().fires(answers, conditions, input.age(), input.painLevel(), onsetHours)) {
                continue;
            }
            fired.add(rule);
            if (rule.disposition() != null && rule.disposition().outranks(disposition)) {
                disposition = rule.disposition();
            }
            crackingForbidden |= rule.blocksCracking();
            selfGuidedStopped |= rule.blocksSelfGuidedExercise();
            movements.addAll(rule.avoidsMovements());
            positions.addAll(rule.avoidsPositions());
        }
        boolean selfGuided = !selfGuidedStopped;
        var restrictions = new Restrictions(
                !crackingForbidden,
                Collections.unmodifiableSet(movements),
                Collections.unmodifiableSet(positions),
                selfGuided);
        TherapyAdvice therapy = selfGuided ? therapyFor(input.onsetHours()) : null;
        return new ScreeningResult(disposition, fired, restrictions, therapy, book.version());
    }

    private TherapyAdvice therapyFor(@Nullable Double onsetHours) {
        boolean cold = onsetHours != null && onsetHours < book.coldBelowOnsetHours();
        TherapyLimits limits = (cold ? book.coldTherapy() : book.heatTherapy()).therapy();
        return new TherapyAdvice(
                cold ? TherapyKind.COLD : TherapyKind.HEAT, limits.defaultMinutes(), limits.maxMinutes());
    }

    private static long mask(Set<String> ids, Map<String, Integer> bits, String kind) {
        long mask = 0;
        for (String id : ids) {
            Integer bit = bits.get(id);
            if (bit == null) {
                throw new IllegalArgumentException("unknown " + kind + " id '" + id + "'");
            }
            mask |= 1L << bit;
        }
        return mask;
    }
}
