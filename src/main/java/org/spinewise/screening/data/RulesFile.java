package org.spinewise.screening.data;

import java.util.List;

import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Question;
import org.spinewise.screening.QuestionGroup;

/** The shape of {@code screening/rules.yaml}, as written. */
record RulesFile(String version, List<QuestionGroup> groups, List<Question> questions,
                 List<DiagnosedCondition> conditions, TherapyChoice therapy, List<RuleEntry> rules) {

    record TherapyChoice(double coldBelowOnsetHours, String cold, String heat) {
    }

    record RuleEntry(String id, String when, Disposition disposition, List<String> restricts,
                     String message, String source) {
    }
}
