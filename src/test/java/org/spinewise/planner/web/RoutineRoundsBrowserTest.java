package org.spinewise.planner.web;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.planner.web.PlayerJourneyTest.itemsIn;
import static org.spinewise.planner.web.PlayerJourneyTest.routine;

/**
 * What a person found: repeated stretches read as a muddle ("Yoga spine twist" twice in a row, "once · 9 sets").
 * The default routine (pain 2, ten minutes, every position) repeats its stretches in three rounds; the routine
 * page, the kept routine and the player say which round, give each dose in plain words and never put the same
 * stretch twice in a row.
 */
class RoutineRoundsBrowserTest extends BrowserTest {

    private static final String PELVIC_TILT_DOSE = "9 times, hold 5 seconds, rest 5 seconds after each hold";

    @Test
    void theRoutinePageShowsRoundsAndPlainDosesWithNoStretchTwiceInARow() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            PlaywrightAssertions.assertThat(page.locator(".round-title"))
                    .hasText(new String[] {"Round 1 of 3", "Round 2 of 3", "Round 3 of 3"});
            assertSteps(page.locator("ol.routine li"));
            assertThat(page.locator(".routine-rounds").innerText()).doesNotContain("once ·", " sets");
            tab.checkAccessibilityAndScreenshot("routine-rounds");

            page = tab.go("/routine");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your last routine");
            PlaywrightAssertions.assertThat(page.locator("[data-out=kept-steps] .round-title"))
                    .hasText(new String[] {"Round 1 of 3", "Round 2 of 3", "Round 3 of 3"});
            assertSteps(page.locator("[data-out=kept-steps] li"));
            tab.checkAccessibilityAndScreenshot("routine-rounds-kept");
        }
    }

    @Test
    void thePlayerSaysTheRoundAndTheDoseAndNeverPlaysAStretchTwiceInARow() {
        try (BrowserTab tab = open()) {
            Page page = routine(tab, 1);
            int items = itemsIn(page);
            button(page, "Start routine").click();
            button(page, "Pause").click();
            Locator progress = page.locator("[data-out=progress]");
            Locator round = page.locator("[data-out=round]");
            Locator dose = page.locator("[data-out=dose]");
            PlaywrightAssertions.assertThat(round).hasText("Round 1 of 3");
            PlaywrightAssertions.assertThat(page.locator("[data-out=name]")).hasText("Pelvic tilt");
            PlaywrightAssertions.assertThat(dose).hasText(PELVIC_TILT_DOSE);
            PlaywrightAssertions.assertThat(page.locator("[data-out=counters]")).hasText("Repetition 1 of 9");
            tab.checkAccessibilityAndScreenshot("player-round-1");

            List<String> played = new ArrayList<>();
            played.add(page.locator("[data-out=name]").textContent());
            for (int step = 2; step <= items; step++) {
                button(page, "Skip").click();
                PlaywrightAssertions.assertThat(progress).hasText("Exercise " + step + " of " + items);
                played.add(page.locator("[data-out=name]").textContent());
                if (played.get(step - 1).equals("Pelvic tilt")) {
                    PlaywrightAssertions.assertThat(round).hasText("Round 2 of 3");
                    PlaywrightAssertions.assertThat(dose).hasText(PELVIC_TILT_DOSE);
                }
            }
            PlaywrightAssertions.assertThat(round).hasText("Round 3 of 3");
            assertThat(played).hasSize(items).contains("Pelvic tilt", "Yoga spine twist");
            for (int i = 1; i < played.size(); i++) {
                assertThat(played.get(i)).as("step %d of %s", i + 1, played).isNotEqualTo(played.get(i - 1));
            }
        }
    }

    /** Every step has a plain dose; the pelvic tilt's is "9 times"; no stretch comes twice in a row. */
    private static void assertSteps(Locator steps) {
        PlaywrightAssertions.assertThat(steps.first()).isVisible();
        List<String> names = steps.locator("a").allTextContents();
        assertThat(names).hasSizeGreaterThanOrEqualTo(6).contains("Pelvic tilt", "Yoga spine twist");
        for (int i = 1; i < names.size(); i++) {
            assertThat(names.get(i)).as("step %d of %s", i + 1, names).isNotEqualTo(names.get(i - 1));
        }
        List<String> doses = steps.locator(".source").allTextContents();
        assertThat(doses)
                .hasSameSizeAs(names)
                .allMatch(text -> text.matches("(once|\\d+ times).*, hold \\d+ seconds.*"));
        assertThat(doses.get(names.indexOf("Pelvic tilt"))).isEqualTo(PELVIC_TILT_DOSE);
        assertThat(doses.get(names.indexOf("Seated trunk rotation"))).startsWith("2 times each side, hold 15 seconds");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
