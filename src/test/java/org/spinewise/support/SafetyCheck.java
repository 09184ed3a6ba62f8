package org.spinewise.support;

import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Fills in the safety check page (/screening) as a person would, with the mouse. */
public final class SafetyCheck {

    private SafetyCheck() {}

    /**
     * Answers every question: "yes" to those in {@code yes}, "no" to all others,
     * then sends the form and waits for the result page.
     */
    public static void answer(Page page, int age, int painLevel, String onset, Set<String> yes) {
        answer(page, age, painLevel, onset, yes, false);
    }

    /**
     * As {@link #answer(Page, int, int, String, Set)}, by a signed-in person who also ticks "Keep this check in
     * my history" (their consent: a routine planned from it is then kept at its own address).
     */
    public static void answerAndKeep(Page page, int age, int painLevel, String onset, Set<String> yes) {
        answer(page, age, painLevel, onset, yes, true);
    }

    private static void answer(Page page, int age, int painLevel, String onset, Set<String> yes, boolean keep) {
        page.getByLabel("Your age in years").fill(String.valueOf(age));
        page.locator("input[name=painLevel][value='" + painLevel + "']").check();
        page.locator("input[name=onset][value='" + onset + "']").check();
        Locator questions = page.locator("fieldset.question");
        int count = questions.count();
        for (int i = 0; i < count; i++) {
            Locator question = questions.nth(i);
            String id = question.getAttribute("id").substring("field-answers.".length());
            question.locator("input[value='" + (yes.contains(id) ? "yes" : "no") + "']")
                    .check();
        }
        if (keep) {
            page.getByLabel("Keep this check in my history").check();
        }
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("See my result"))
                .click();
        page.waitForURL("**/screening");
        page.locator("#screening-result").waitFor();
    }
}
