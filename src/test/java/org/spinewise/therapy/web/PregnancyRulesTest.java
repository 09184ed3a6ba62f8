package org.spinewise.therapy.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The coach tells a pregnant person from the rule ids the browser keeps of the last screening. */
class PregnancyRulesTest {

    @Test
    void onlyRulesThatNeedAPregnancyAnswerMeanPregnant() {
        List<String> ids = TherapyPageController.rulesThatMeanPregnant(TestContent.RULES);

        assertThat(ids)
                .contains("R-PREGNANCY")
                .doesNotContain("R-CRACK-PAIN", "R-AGE-MINOR", "R-LOCKED", "R-CONDITION-OSTEOPOROSIS");
        // Rules version 2 adds a question that is only yes during pregnancy.
        TestContent.RULES
                .rule("R-PREGNANCY-WARNING")
                .ifPresent(rule -> assertThat(ids).contains(rule.id()));
    }
}
