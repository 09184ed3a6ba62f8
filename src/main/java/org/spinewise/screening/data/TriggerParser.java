package org.spinewise.screening.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.Trigger;

/**
 * Reads a rule's {@code when}: terms joined by {@code AND}, each an answer
 * id, {@code ANY(id, ...)}, {@code age < N}, {@code painLevel >= N} or
 * {@code condition id}.
 */
final class TriggerParser {

    private static final Pattern ANY = Pattern.compile("ANY\\((.+)\\)");
    private static final Pattern AGE_BELOW = Pattern.compile("age < (\\d{1,3})");
    private static final Pattern PAIN_AT_LEAST = Pattern.compile("painLevel >= (\\d{1,2})");
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
        List<Long> groups = new ArrayList<>();
        long conditions = 0;
        int ageBelow = Trigger.NO_AGE_LIMIT;
        int painAtLeast = Trigger.NO_PAIN_THRESHOLD;
        for (String raw : expression.split(" AND ")) {
            String term = raw.trim();
            Matcher m;
            if ((m = ANY.matcher(term)).matches()) {
                long group = 0;
                for (String id : m.group(1).split(",")) {
                    group |= answerBit(id.trim());
                }
                groups.add(group);
            } else if ((m = AGE_BELOW.matcher(term)).matches()) {
                ageBelow = withinInputs(term, Integer.parseInt(m.group(1)),
                        ScreeningInput.MIN_AGE + 1, ScreeningInput.MAX_AGE);
            } else if ((m = PAIN_AT_LEAST.matcher(term)).matches()) {
                painAtLeast = withinInputs(term, Integer.parseInt(m.group(1)),
                        ScreeningInput.MIN_PAIN + 1, ScreeningInput.MAX_PAIN);
            } else if ((m = CONDITION.matcher(term)).matches()) {
                conditions |= bit(m.group(1), conditionBits, "condition");
            } else if (ANSWER.matcher(term).matches()) {
                groups.add(answerBit(term));
            } else {
                throw new IllegalArgumentException("cannot read the term '" + term + "'");
            }
        }
        return new Trigger(expression, groups.stream().mapToLong(Long::longValue).toArray(),
                conditions, ageBelow, painAtLeast);
    }

    /** A threshold outside the inputs' range makes a rule that never, or always, fires. */
    private static int withinInputs(String term, int threshold, int min, int max) {
        if (threshold < min || threshold > max) {
            throw new IllegalArgumentException("'" + term + "' needs a threshold from " + min + " to " + max);
        }
        return threshold;
    }

    private long answerBit(String id) {
        return bit(id, questionBits, "question");
    }

    private static long bit(String id, Map<String, Integer> bits, String kind) {
        Integer bit = bits.get(id);
        if (bit == null) {
            throw new IllegalArgumentException("'" + id + "' is not a " + kind + " of this file");
        }
        return 1L << bit;
    }
}
