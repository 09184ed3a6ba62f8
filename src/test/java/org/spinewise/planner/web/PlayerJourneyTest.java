package org.spinewise.planner.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine page and its guided player in Debian's headless Chromium: a
 * whole routine played on an accelerated clock ({@code ?speed=}), the
 * "This hurts, stop" path, the session history kept in localStorage only,
 * and axe-core in each of the player's states.
 */
class PlayerJourneyTest extends BrowserTest {

    @Test
    void playsAWholeRoutineOnAnAcceleratedClock() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1000);
            Locator player = page.locator("#player");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "before");
            PlaywrightAssertions.assertThat(page.locator("[data-stop-row]")).isHidden();
            tab.checkAccessibilityAndScreenshot("player-before");

            page.locator("[data-pain=before] label", new Page.LocatorOptions().setHasText("5"))
                    .first()
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();

            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "after");
            PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Well done")))
                    .isVisible();
            PlaywrightAssertions.assertThat(
                            page.locator("[data-pain=after] input").first())
                    .isFocused();
            PlaywrightAssertions.assertThat(page.locator("[data-stop-row]")).isHidden();
            tab.checkAccessibilityAndScreenshot("player-after");

            page.locator("[data-pain=after] input[value='3']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and see summary"))
                    .click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "summary");
            PlaywrightAssertions.assertThat(page.locator("[data-out=change]")).hasText("Pain 5 → 3: down 2 points.");
            PlaywrightAssertions.assertThat(page.locator("[data-out=change]"))
                    .isFocused(); // focus follows to the summary
            tab.checkAccessibilityAndScreenshot("player-summary");

            List<?> sessions = (List<?>) tab.stored("spinewise.sessions");
            assertThat(sessions).hasSize(1);
            Map<?, ?> session = (Map<?, ?>) sessions.get(0);
            assertThat(session.get("painBefore")).isEqualTo(5);
            assertThat(session.get("painAfter")).isEqualTo(3);
            assertThat(session.get("stoppedBecause")).isNull();
            assertThat(session.get("holdsDone"))
                    .as("every hold of the plan was counted")
                    .isEqualTo(holdsIn(page));
            assertThat(session.get("seconds"))
                    .isEqualTo(page.evaluate(
                            "() => JSON.parse(document.getElementById('player').dataset.plan).totalSeconds"));
            PlaywrightAssertions.assertThat(page.locator("[data-out=summary]"))
                    .containsText("You did " + session.get("holdsDone") + " holds");
            assertThat(tab.stored("spinewise.lastScreening")).isNotNull();
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void thisHurtsWithNumbnessStopsAndSendsBackToTheSafetyCheck() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            Locator player = page.locator("#player");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "playing");
            PlaywrightAssertions.assertThat(page.locator("[data-out=progress]"))
                    .hasText("Exercise 1 of " + itemsIn(page));
            PlaywrightAssertions.assertThat(page.locator("[data-stop-row]")).isVisible();
            tab.checkAccessibilityAndScreenshot("player-playing");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))
                    .click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "paused");
            PlaywrightAssertions.assertThat(page.locator("[data-action=pause]")).hasText("Resume");
            tab.checkAccessibilityAndScreenshot("player-paused");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts, stop"))
                    .click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "stopped");
            Locator dialog = page.getByRole(
                    AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Routine stopped. What happened?"));
            PlaywrightAssertions.assertThat(dialog).isVisible();
            tab.checkAccessibilityAndScreenshot("player-stop-dialog");

            dialog.getByLabel("Numbness or tingling").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                    .click();
            PlaywrightAssertions.assertThat(dialog).isHidden();
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .hasText("Please answer the safety check again now");
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .isFocused();
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-advice]"))
                    .containsText("Numbness or tingling");
            Locator again =
                    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer the safety check again"));
            PlaywrightAssertions.assertThat(again).hasAttribute("href", "/screening?after=numbness");
            tab.checkAccessibilityAndScreenshot("player-stopped-rescreen");

            List<?> sessions = (List<?>) tab.stored("spinewise.sessions");
            assertThat(sessions).hasSize(1);
            assertThat(((Map<?, ?>) sessions.get(0)).get("stoppedBecause")).isEqualTo("numbness");

            again.click();
            page.waitForURL("**/screening?after=numbness");
            PlaywrightAssertions.assertThat(page.locator("main .notice"))
                    .containsText("because of numbness or tingling");
            PlaywrightAssertions.assertThat(page.locator("[data-recheck]")).hasCount(3);
            PlaywrightAssertions.assertThat(page.locator("[id='field-answers.leg_numbness_tingling']"))
                    .hasAttribute("data-recheck", "true");
            PlaywrightAssertions.assertThat(page.locator("form[action='/screening']"))
                    .isVisible();
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void justUncomfortableCanStopWithoutForcingANewCheck() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts, stop"))
                    .click();
            Locator dialog = page.locator("dialog[data-dialog=hurts]");
            dialog.getByLabel("Just uncomfortable").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the routine here"))
                    .click();

            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "stopped");
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .hasText("Routine stopped");
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-advice]"))
                    .containsText("Some discomfort while stretching can be normal");
            PlaywrightAssertions.assertThat(page.locator("a[href^='/screening?after']"))
                    .hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-actions] a[href='/screening']"))
                    .hasText("New safety check");
            tab.checkAccessibilityAndScreenshot("player-stopped-uncomfortable");

            List<?> sessions = (List<?>) tab.stored("spinewise.sessions");
            assertThat(((Map<?, ?>) sessions.get(0)).get("stoppedBecause")).isEqualTo("uncomfortable");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    /** A self-care safety check, then the routine form sent with its defaults, the player on a clock {@code speed} times faster. */
    static Page routine(BrowserTab tab, int speed) {
        Page page = tab.go("/screening");
        SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
        page.evaluate(
                "speed => { const form = document.querySelector(\"form[action='/routine']\"); form.action = '/routine?speed=' + speed; }",
                speed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/routine(/[0-9a-f-]{36})?\\?speed=" + speed + "$"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your routine");
        PlaywrightAssertions.assertThat(page.locator("#player")).isVisible();
        return page;
    }

    static int itemsIn(Page page) {
        return (Integer) page.evaluate("() => JSON.parse(document.getElementById('player').dataset.plan).items.length");
    }

    /** Holds the plan asks for: sets × repetitions × sides of each item. */
    static int holdsIn(Page page) {
        return (Integer) page.evaluate("() => JSON.parse(document.getElementById('player').dataset.plan).items"
                + ".reduce((sum, item) => sum + item.sets * item.reps * item.sides, 0)");
    }
}
