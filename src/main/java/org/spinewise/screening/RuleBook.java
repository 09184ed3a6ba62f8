package org.spinewise.screening;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.spinewise.library.Exercise;
import org.spinewise.library.Review;

/**
 * The versioned questionnaire and rules a screening is evaluated against.
 * Rules are kept in the order results list them.
 *
 * @param coldBelowOnsetHours an episode younger than this gets cold first, else heat
 * @param coldTherapy         the library's cold therapy, whose limits the advice gives
 * @param heatTherapy         the library's heat therapy, likewise
 * @param advice              what each disposition asks of the person
 */
public record RuleBook(
        String version,
        String checksum,
        Review review,
        List<QuestionGroup> groups,
        List<Question> questions,
        List<DiagnosedCondition> conditions,
        List<Rule> rules,
        Map<Disposition, DispositionAdvice> advice,
        double coldBelowOnsetHours,
        Exercise coldTherapy,
        Exercise heatTherapy) {

    /** One bit of a {@code long} per question or condition. */
    public static final int MAX_IDS = Long.SIZE - 1;

    static final Comparator<Rule> RESULT_ORDER = Comparator.comparing(
                    Rule::disposition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Rule::id);

    public RuleBook {
        groups = List.copyOf(groups);
        questions = List.copyOf(questions);
        conditions = List.copyOf(conditions);
        rules = rules.stream().sorted(RESULT_ORDER).toList();
        advice = Map.copyOf(advice);
        if (advice.size() != Disposition.values().length) {
            throw new IllegalArgumentException("advice for every disposition is needed, got " + advice.keySet());
        }
        if (questions.size() > MAX_IDS || conditions.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " questions and conditions");
        }
    }

    /** Bit index of each question id, in questionnaire order. */
    public Map<String, Integer> questionBits() {
        return bitIndex(questions.stream().map(Question::id).toList());
    }

    /** Bit index of each condition id, in listing order. */
    public Map<String, Integer> conditionBits() {
        return bitIndex(conditions.stream().map(DiagnosedCondition::id).toList());
    }

    public DispositionAdvice advice(Disposition disposition) {
        return Objects.requireNonNull(advice.get(disposition), "the constructor checks every disposition has advice");
    }

    /** The rules that raise a disposition to this one, in result order: the warning signs behind it. */
    public List<Rule> rulesRaising(Disposition disposition) {
        return rules.stream().filter(rule -> rule.disposition() == disposition).toList();
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Bit index of each id by its position; a repeated id keeps its first place. */
    public static Map<String, Integer> bitIndex(List<String> ids) {
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            bits.putIfAbsent(ids.get(i), i);
        }
        return Map.copyOf(bits);
    }
}
