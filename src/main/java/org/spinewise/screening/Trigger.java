package org.spinewise.screening;

/**
 * When a rule fires, compiled to bit masks so that a screening costs a few
 * machine instructions per rule.
 */
public final class Trigger {

    /** No age limit: every valid age is below it. */
    public static final int NO_AGE_LIMIT = Integer.MAX_VALUE;
    /** No pain threshold: every valid pain level reaches it. */
    public static final int NO_PAIN_THRESHOLD = Integer.MIN_VALUE;

    private final String expression;
    private final long[] answerGroups;
    private final long requiredConditions;
    private final int ageBelow;
    private final int painAtLeast;

    /**
     * @param answerGroups       each group holds when at least one of its answers is yes; all must hold
     * @param requiredConditions every listed condition must be present
     */
    public Trigger(String expression, long[] answerGroups, long requiredConditions, int ageBelow, int painAtLeast) {
        this.expression = expression;
        this.answerGroups = answerGroups.clone();
        this.requiredConditions = requiredConditions;
        this.ageBelow = ageBelow;
        this.painAtLeast = painAtLeast;
    }

    public boolean fires(long answers, long conditions, int age, int painLevel) {
        for (long group : answerGroups) {
            if ((answers & group) == 0) {
                return false;
            }
        }
        return (conditions & requiredConditions) == requiredConditions
                && age < ageBelow
                && painLevel >= painAtLeast;
    }

    /** Every answer this trigger looks at. */
    public long answerBits() {
        long bits = 0;
        for (long group : answerGroups) {
            bits |= group;
        }
        return bits;
    }

    /** Every condition this trigger requires. */
    public long conditionBits() {
        return requiredConditions;
    }

    /** The rule's condition as written in the rules file. */
    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
