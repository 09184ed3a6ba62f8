package org.spinewise.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/** What the clinical review asked of the library's texts, as a reader finds them on the pages. */
class LibraryContentTest {

    private static final Library LIBRARY = TestContent.LIBRARY;

    /** "safe", "safely", "safest" promise what no self-care text can; "safety check" names the screening. */
    private static final Pattern SAFETY_PROMISE =
            Pattern.compile("\\bsafe(ly|st)?\\b|fine for you|known to be safe", Pattern.CASE_INSENSITIVE);

    @Test
    void noTextPromisesSafety() {
        assertThat(everyText()).noneMatch(text -> SAFETY_PROMISE.matcher(text).find());
    }

    @Test
    void everyCrackTechniqueSaysOnceASessionAndNeverToChaseAPop() {
        List<Exercise> cracks = LIBRARY.exercises().stream()
                .filter(e -> e.category() == Category.CRACK)
                .toList();

        assertThat(cracks)
                .hasSize(3)
                .allSatisfy(crack -> assertThat(crack.cautions())
                        .anySatisfy(caution -> assertThat(caution)
                                .contains("at most once in a session")
                                .contains("never repeat it to chase a pop")));
    }

    @Test
    void aLockedBackIsSentToTheSafetyCheckAndAProfessionalNotToCracking() {
        EducationPage unlocking = LIBRARY.page("unlocking-your-back").orElseThrow();

        assertThat(unlocking.relatedExercises())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(LIBRARY.exercise(id).orElseThrow().category())
                        .isEqualTo(Category.STRETCH));
        assertThat(unlocking.summary()).contains("safety check").contains("physician or physiotherapist");
        assertThat(texts(unlocking)).noneMatch(text -> text.contains("chiropractor") || text.contains("adjustment"));
    }

    @Test
    void theBenefitsPageNamesTheCrackingPainLimit() {
        EducationPage benefits = LIBRARY.page("benefits-of-gentle-cracking").orElseThrow();

        assertThat(String.join(" ", texts(benefits)))
                .contains("pain of 4 or more out of 10, do not crack")
                .contains("no guideline recommends")
                .doesNotContain("Releasing endorphins");
    }

    @Test
    void bothStenosisPagesGiveItsHallmark() {
        for (String id : List.of("stenosis-and-cracking", "stretching-for-stenosis")) {
            String page = String.join(" ", texts(LIBRARY.page(id).orElseThrow()));
            assertThat(page).as(id).containsPattern("walk(ing)? or stand").containsPattern("eases? when you sit");
        }
    }

    @Test
    void theArticlesOverstatementsAreCorrected() {
        String whyPop = String.join(" ", texts(LIBRARY.page("why-backs-pop").orElseThrow()));
        String risks = String.join(
                " ", texts(LIBRARY.page("risks-of-forceful-cracking").orElseThrow()));
        String alternatives =
                String.join(" ", texts(LIBRARY.page("alternatives-to-cracking").orElseThrow()));

        assertThat(whyPop)
                .contains("cavitation")
                .contains("facet joints")
                .contains("not bubbles bursting")
                .contains("no study has linked cracking to osteoarthritis");
        assertThat(risks)
                .contains("linked to manipulating the neck, not the lower back")
                .contains("No study has shown that cracking leads to osteoarthritis");
        assertThat(alternatives)
                .contains("NICE NG59 does not recommend acupuncture")
                .doesNotContain("Book a massage or acupuncture session");
    }

    @Test
    void theSelfManagementPagesCiteAGuideline() {
        assertThat(Stream.of(
                                "keep-moving",
                                "hurt-and-harm",
                                "pacing-and-return",
                                "sleeping-positions",
                                "desk-setup",
                                "flare-up-plan",
                                "painkillers")
                        .map(id -> LIBRARY.page(id).orElseThrow().source().guideline()))
                .allSatisfy(guideline -> assertThat(guideline).containsAnyOf("NICE NG59", "NHS"));
        assertThat(texts(LIBRARY.page("painkillers").orElseThrow()))
                .anySatisfy(text -> assertThat(text).contains("pharmacist"))
                .noneMatch(text -> text.matches("(?s).*\\d+\\s*(mg|milligrams?|tablets? a day).*"));
    }

    private static List<String> everyText() {
        List<String> texts = new ArrayList<>();
        for (Exercise exercise : LIBRARY.exercises()) {
            texts.addAll(
                    List.of(exercise.name(), exercise.summary(), exercise.startingPosition(), exercise.breathing()));
            texts.addAll(exercise.steps());
            texts.addAll(exercise.cautions());
            if (exercise.dose() != null) {
                texts.add(exercise.dose().origin());
            }
        }
        LIBRARY.pages().forEach(page -> texts.addAll(texts(page)));
        return texts;
    }

    /** What a reader sees of a page: title, summary, headings, paragraphs and bullets (not the search keywords). */
    private static List<String> texts(EducationPage page) {
        List<String> texts = new ArrayList<>(List.of(page.title(), page.summary()));
        for (EducationSection section : page.sections()) {
            texts.add(section.heading());
            texts.addAll(section.paragraphs());
            texts.addAll(section.bullets());
        }
        return texts;
    }
}
