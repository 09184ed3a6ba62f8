package org.spinewise.screening.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.Trigger;
import org.spinewise.screening.Trigger.Clause;

/**
 * Reads a rule's {@code when}: terms joined by {@code AND}, each a single
 * term or {@code ANY(term, ...)}. A term is an answer id, {@code age < N},
 * {@code age >= N}, {@code painLevel >= N}, {@code onsetHours >= N} or
 * {@code condition id}.
 */
final class TriggerParser {

    private static final Pattern ANY = Pattern.compile("ANY\\((.+)\\)");
    private static final Pattern AGE_BELOW = Pattern.compile("age < (\\d{1,3})");
    private static final Pattern AGE_AT_LEAST = Pattern.compile("age >= (\\d{1,3})");
    private static final Pattern PAIN_AT_LEAST = Pattern.compile("painLevel >= (\\d{1,2})");
    private static final Pattern ONSET_AT_LEAST = Pattern.compile("onsetHours >= (\\d{1,6})");
    private static final Pattern CONDITION = Pattern.compile("condition ([a-z_]+)");
    private static final Pattern ANSWER = Pattern.compile("[a-z_]+");

    private final Map<String, Integer> questionBits;
    private final Map<String, Integer> conditionBits;

    TriggerParser(Map<String, Integer> questionBits, Map<String, Integer> conditionBits) {
        this.questionBits = questionBits;
        this.conditionBits = conditionBits;
    }

    /** @throws IllegalArgumentException naming the term that cannot be read */
    Trigger parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        List<Clause> clauses = new ArrayList<>();
        for (String raw : expression.split(" AND ")) {
            String term = raw.trim();
            Matcher any = ANY.matcher(term);
            Clause clause = Clause.NONE;
            for (String alternative : any.matches() ? any.group(1).split(",") : new String[] {term}) {
                clause = withTerm(clause, alternative.trim());
            }
            clauses.add(clause);
        }
        return new Trigger(expression, clauses);
    }

    private Clause withTerm(Clause clause, String term) {
        Matcher m;
        if (repeatsAThreshold(clause, term)) {
            throw new IllegalArgumentException("'" + term + "' repeats a threshold of its ANY(...); keep one");
        }
        if ((m = AGE_BELOW.matcher(term)).matches()) {
            return clause.orAgeBelow(withinInputs(term, m, ScreeningInput.MIN_AGE + 1, ScreeningInput.MAX_AGE));
        } else if ((m = AGE_AT_LEAST.matcher(term)).matches()) {
            return clause.orAgeAtLeast(withinInputs(term, m, ScreeningInput.MIN_AGE + 1, ScreeningInput.MAX_AGE));
        } else if ((m = PAIN_AT_LEAST.matcher(term)).matches()) {
            return clause.orPainAtLeast(withinInputs(term, m, ScreeningInput.MIN_PAIN + 1, ScreeningInput.MAX_PAIN));
        } else if ((m = ONSET_AT_LEAST.matcher(term)).matches()) {
            return clause.orOnsetAtLeast(withinInputs(term, m, 1, Integer.MAX_VALUE));
        } else if ((m = CONDITION.matcher(term)).matches()) {
            return clause.orCondition(bit(m.group(1), conditionBits, "condition"));
        } else if (ANSWER.matcher(term).matches()) {
            return clause.orAnswer(bit(term, questionBits, "question"));
        }
        throw new IllegalArgumentException("cannot read the term '" + term + "'");
    }

    /** One clause holds one threshold of each kind: a second would silently replace the first. */
    private static boolean repeatsAThreshold(Clause clause, String term) {
        return (AGE_BELOW.matcher(term).matches() && clause.ageBelow() != Clause.NONE.ageBelow())
                || (AGE_AT_LEAST.matcher(term).matches() && clause.ageAtLeast() != Clause.NONE.ageAtLeast())
                || (PAIN_AT_LEAST.matcher(term).matches() && clause.painAtLeast() != Clause.NONE.painAtLeast())
                || (ONSET_AT_LEAST.matcher(term).matches() && clause.onsetAtLeast() != Clause.NONE.onsetAtLeast());
    }

    /** A threshold outside the inputs' range makes a rule that never, or always, fires. */
    private static int withinInputs(String term, Matcher m, int min, int max) {
        int threshold = Integer.parseInt(m.group(1));
        if (threshold < min || threshold > max) {
            throw new IllegalArgumentException("'" + term + "' needs a threshold from " + min + " to " + max);
        }
        return threshold;
    }

    private static long bit(String id, Map<String, Integer> bits, String kind) {
        Integer bit = bits.get(id);
        if (bit == null) {
            throw new IllegalArgumentException("'" + id + "' is not a " + kind + " of this file");
        }
        return 1L << bit;
    }
}
