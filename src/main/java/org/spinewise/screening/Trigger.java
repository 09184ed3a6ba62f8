package org.spinewise.screening;

import java.util.List;

/**
 * When a rule fires: clauses that must all hold, each compiled to bit masks
 * and thresholds so that a screening costs a few machine instructions per rule.
 */
public final class Trigger {

    private final String expression;
    private final Clause[] clauses;

    public Trigger(String expression, List<Clause> clauses) {
        this.expression = expression;
        this.clauses = clauses.toArray(Clause[]::new);
    }

    /**
     * @param onsetHours hours since the episode began, or {@code NaN} when not given (no threshold holds then)
     */
    public boolean fires(long answers, long conditions, int age, int painLevel, double onsetHours) {
        for (Clause clause : clauses) {
            if (!clause.holds(answers, conditions, age, painLevel, onsetHours)) {
                return false;
            }
        }
        return true;
    }

    /** Every answer this trigger looks at. */
    public long answerBits() {
        long bits = 0;
        for (Clause clause : clauses) {
            bits |= clause.answers();
        }
        return bits;
    }

    /** Every condition this trigger looks at. */
    public long conditionBits() {
        long bits = 0;
        for (Clause clause : clauses) {
            bits |= clause.conditions();
        }
        return bits;
    }

    /** The rule's condition as written in the rules file. */
    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }

    /**
     * Alternatives of which at least one must hold: any of the answers is yes, any of the conditions
     * is listed, or a numeric input crosses its threshold. An unused alternative never holds.
     */
    public record Clause(
            long answers, long conditions, int ageBelow, int ageAtLeast, int painAtLeast, double onsetAtLeast) {

        /** A clause with no alternative, to add alternatives to. */
        public static final Clause NONE =
                new Clause(0, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Double.POSITIVE_INFINITY);

        boolean holds(long answerBits, long conditionBits, int age, int painLevel, double onsetHours) {
            return (answerBits & answers) != 0
                    || (conditionBits & conditions) != 0
                    || age < ageBelow
                    || age >= ageAtLeast
                    || painLevel >= painAtLeast
                    || onsetHours >= onsetAtLeast;
        }

        public Clause orAnswer(long bit) {
            return new Clause(answers | bit, conditions, ageBelow, ageAtLeast, painAtLeast, onsetAtLeast);
        }

        public Clause orCondition(long bit) {
            return new Clause(answers, conditions | bit, ageBelow, ageAtLeast, painAtLeast, onsetAtLeast);
        }

        public Clause orAgeBelow(int age) {
            return new Clause(answers, conditions, age, ageAtLeast, painAtLeast, onsetAtLeast);
        }

        public Clause orAgeAtLeast(int age) {
            return new Clause(answers, conditions, ageBelow, age, painAtLeast, onsetAtLeast);
        }

        public Clause orPainAtLeast(int pain) {
            return new Clause(answers, conditions, ageBelow, ageAtLeast, pain, onsetAtLeast);
        }

        public Clause orOnsetAtLeast(double hours) {
            return new Clause(answers, conditions, ageBelow, ageAtLeast, painAtLeast, hours);
        }
    }
}
