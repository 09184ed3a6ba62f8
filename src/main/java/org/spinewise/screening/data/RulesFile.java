package org.spinewise.screening.data;

import java.util.List;

import org.spinewise.datafile.ContentReview;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.Question;
import org.spinewise.screening.QuestionGroup;

/** The shape of {@code screening/rules.yaml}, as written. */
record RulesFile(
        String version,
        ContentReview review,
        List<QuestionGroup> groups,
        List<Question> questions,
        List<DiagnosedCondition> conditions,
        List<DispositionAdvice> dispositions,
        TherapyChoice therapy,
        List<RuleEntry> rules) {

    record TherapyChoice(double coldBelowOnsetHours, String cold, String heat) {}

    record RuleEntry(
            String id,
            String when,
            Disposition disposition,
            List<String> restricts,
            String sign,
            String message,
            String source) {}
}
