package org.spinewise.screening.json;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Question;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Component;

/**
 * Reads a screening request (at the root of a body, or nested in a plan
 * request) into a {@link ScreeningInput}, naming every offending field.
 */
@Component
public class ScreeningRequestReader {

    static final String AGE = "age";
    static final String PAIN_LEVEL = "painLevel";
    static final String CONDITIONS = "conditions";
    static final String ONSET_HOURS = "onsetHours";
    static final String ANSWERS = "answers";
    private static final Set<String> FIELDS = Set.of(AGE, PAIN_LEVEL, CONDITIONS, ONSET_HOURS, ANSWERS);

    private final List<String> questionIds;
    private final List<String> conditionIds;

    ScreeningRequestReader(RuleBook ruleBook) {
        this.questionIds = ruleBook.questions().stream().map(Question::id).toList();
        this.conditionIds =
                ruleBook.conditions().stream().map(DiagnosedCondition::id).toList();
    }

    /** Reads the screening; returns null when a field is invalid (the errors are recorded in {@code fields}). */
    public @Nullable ScreeningInput read(JsonFields fields) {
        int errorsBefore = fields.errorCount();
        fields.rejectUnknown(FIELDS);
        Integer age = fields.integer(AGE, ScreeningInput.MIN_AGE, ScreeningInput.MAX_AGE);
        Integer pain = fields.integer(PAIN_LEVEL, ScreeningInput.MIN_PAIN, ScreeningInput.MAX_PAIN);
        List<String> conditions = fields.listOf(CONDITIONS, conditionIds, true);
        Double onsetHours = fields.optionalNumber(ONSET_HOURS, 0);
        JsonFields answers = fields.object(ANSWERS);
        Set<String> yes =
                answers == null ? null : answers.requiredFlags(questionIds, Messages.t("screening.api.notAQuestion"));
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        // no new errors: each read above returned its value
        return new ScreeningInput(
                Objects.requireNonNull(age),
                Objects.requireNonNull(pain),
                Set.copyOf(Objects.requireNonNull(conditions)),
                onsetHours,
                Objects.requireNonNull(yes));
    }
}
