package org.spinewise.screening.data;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.spinewise.datafile.Violations;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Question;
import org.spinewise.screening.QuestionGroup;
import org.spinewise.screening.RuleBook;

/** Checks the questionnaire part of {@code rules.yaml}: groups, questions and conditions, each id once. */
final class QuestionnaireChecks {

    private static final Pattern ID = Pattern.compile("[a-z][a-z_]*");

    private QuestionnaireChecks() {}

    static void validate(RulesFile rules, Violations check) {
        Set<String> groupIds = new HashSet<>();
        if (check.required(rules.groups(), "groups")) {
            for (int i = 0; i < rules.groups().size(); i++) {
                QuestionGroup group = rules.groups().get(i);
                check.unique(group.id(), groupIds, "groups[" + i + "].id");
                check.text(group.title(), "groups[" + i + "].title");
            }
        }
        Set<String> ids = new HashSet<>();
        if (check.required(rules.questions(), "questions")) {
            check.check(rules.questions().size() <= RuleBook.MAX_IDS, "questions", "at most " + RuleBook.MAX_IDS);
            for (int i = 0; i < rules.questions().size(); i++) {
                Question question = rules.questions().get(i);
                String path = "questions[" + i + "]";
                check.check(
                        question.id() != null && ID.matcher(question.id()).matches(),
                        path + ".id",
                        "must be lower case letters and underscores");
                check.unique(question.id(), ids, path + ".id");
                check.oneOf(question.group(), groupIds, path + ".group");
                check.text(question.text(), path + ".text");
            }
        }
        Set<String> conditionIds = new HashSet<>();
        if (check.required(rules.conditions(), "conditions")) {
            check.check(rules.conditions().size() <= RuleBook.MAX_IDS, "conditions", "at most " + RuleBook.MAX_IDS);
            for (int i = 0; i < rules.conditions().size(); i++) {
                DiagnosedCondition condition = rules.conditions().get(i);
                check.check(
                        condition.id() != null && ID.matcher(condition.id()).matches(),
                        "conditions[" + i + "].id",
                        "must be lower case letters and underscores");
                check.unique(condition.id(), conditionIds, "conditions[" + i + "].id");
                check.text(condition.label(), "conditions[" + i + "].label");
            }
        }
        check.required(rules.rules(), "rules");
    }
}
