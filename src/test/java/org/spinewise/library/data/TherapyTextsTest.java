package org.spinewise.library.data;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;
import org.spinewise.library.DurationWords;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's heat and cold texts tell a person what the coach enforces:
 * the rest between cold sessions is one number, and the words must follow it.
 */
class TherapyTextsTest {

    private final Exercise heat = TestContent.LIBRARY.exercise("heat-therapy").orElseThrow();
    private final Exercise cold = TestContent.LIBRARY.exercise("cold-therapy").orElseThrow();
    private final EducationPage heatOrCold =
            TestContent.LIBRARY.page("heat-or-cold").orElseThrow();

    @Test
    void theColdTherapyAndTheHeatOrColdPageSayTheRestTheCoachEnforces() {
        String rest = "about " + DurationWords.of(cold.therapy().restBetweenMinutes());

        assertThat(text(cold)).as("the cold therapy's steps and cautions").contains(rest);
        assertThat(text(heatOrCold)).as("the heat-or-cold page").contains(rest + " between cold sessions");
    }

    @Test
    void thePregnancyCautionIsListedWithTheHeatCautions() {
        assertThat(heat.therapy().pregnancyCaution()).contains("pregnant", "sauna", "belly");
        assertThat(heat.cautions()).contains(heat.therapy().pregnancyCaution());
    }

    @Test
    void wordsForAnHourAndForMinutes() {
        assertThat(DurationWords.of(60)).isEqualTo("an hour");
        assertThat(DurationWords.of(120)).isEqualTo("two hours");
        assertThat(DurationWords.of(90)).isEqualTo("90 minutes");
    }

    private static String text(Exercise exercise) {
        List<String> all = new ArrayList<>(exercise.steps());
        all.addAll(exercise.cautions());
        return String.join("\n", all);
    }

    private static String text(EducationPage page) {
        List<String> all = new ArrayList<>();
        page.sections().forEach(section -> {
            all.addAll(section.paragraphs());
            all.addAll(section.bullets());
        });
        return String.join("\n", all);
    }
}
