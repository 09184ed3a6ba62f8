package org.spinewise.planner.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.planner.web.PlayerJourneyTest.itemsIn;
import static org.spinewise.planner.web.PlayerJourneyTest.routine;

/**
 * What a person found in the player: it starts with the exercise and its countdown in view; Skip and Back
 * move between exercises, not sets; Space pauses even after a click on Skip; Escape in the "This hurts"
 * dialog records nothing; "just uncomfortable" can carry on. The player is paused before moving, so that
 * no step depends on how fast the machine clicks.
 */
class PlayerControlsBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void startsWithTheExerciseAndItsCountdownInView(String size) {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            if (size.equals("phone")) page.setViewportSize(390, 844);
            else page.setViewportSize(1280, 900);
            button(page, "Start routine").click();

            for (String part : new String[] {"progress", "name", "count"}) {
                Locator element = page.locator("[data-out=" + part + "]");
                PlaywrightAssertions.assertThat(element).isVisible();
                assertThat(inViewport(element)).as("%s on a %s", part, size).isTrue();
            }
        }
    }

    @Test
    void skipAndBackMoveBetweenExercisesAndSpaceAlwaysPauses() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            int items = itemsIn(page);
            assertThat(items).isGreaterThanOrEqualTo(3);
            Locator progress = page.locator("[data-out=progress]");
            Locator player = page.locator("#player");
            button(page, "Start routine").click();
            button(page, "Pause").click();

            button(page, "Skip").click();
            PlaywrightAssertions.assertThat(progress).hasText("Exercise 2 of " + items);
            PlaywrightAssertions.assertThat(page.locator("[data-out=counters]")).containsText("Repetition 1 of");
            button(page, "Skip").click();
            PlaywrightAssertions.assertThat(progress).hasText("Exercise 3 of " + items);
            button(page, "Back").click(); // at the very start of exercise 3: back to exercise 2
            PlaywrightAssertions.assertThat(progress).hasText("Exercise 2 of " + items);

            button(page, "Resume").click();
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "playing");
            button(page, "Skip").click(); // the mouse leaves the focus on Skip
            PlaywrightAssertions.assertThat(progress).hasText("Exercise 3 of " + items);
            page.keyboard().press(" ");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "paused");
            PlaywrightAssertions.assertThat(progress).hasText("Exercise 3 of " + items);
            page.keyboard().press(" ");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "playing");
        }
    }

    @Test
    void escapeInTheHurtsDialogRecordsNothingAndLeavesTheRoutinePaused() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            button(page, "Start routine").click();
            button(page, "This hurts, stop").click();
            Locator dialog = hurtsDialog(page);
            PlaywrightAssertions.assertThat(dialog).isVisible();

            page.keyboard().press("Escape");

            PlaywrightAssertions.assertThat(dialog).isHidden();
            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "paused");
            PlaywrightAssertions.assertThat(button(page, "Resume")).isVisible();
            assertThat(tab.localStorage("spinewise.sessions"))
                    .as("nothing recorded")
                    .isNull();
        }
    }

    @Test
    void justUncomfortableOffersToCarryOn() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            button(page, "Start routine").click();
            button(page, "This hurts, stop").click();
            Locator dialog = hurtsDialog(page);
            dialog.getByLabel("Just uncomfortable").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                    .click();

            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .hasText("Paused: just uncomfortable");
            tab.checkAccessibilityAndScreenshot("player-uncomfortable");
            button(page, "Carry on gently").click();

            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "playing");
            PlaywrightAssertions.assertThat(page.locator("[data-out=progress]"))
                    .hasText("Exercise 1 of " + itemsIn(page));
            assertThat(tab.localStorage("spinewise.sessions"))
                    .as("no stop recorded")
                    .isNull();

            button(page, "This hurts, stop").click();
            dialog.getByLabel("Just uncomfortable").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                    .click();
            button(page, "Stop the routine here").click();
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .hasText("Routine stopped");
            assertThat(tab.localStorage("spinewise.sessions")).contains("\"stoppedBecause\":\"uncomfortable\"");
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator hurtsDialog(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Routine stopped. What happened?"));
    }

    private static boolean inViewport(Locator element) {
        return (Boolean) element.evaluate(
                "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }");
    }
}
