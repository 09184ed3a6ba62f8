package org.spinewise.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

/**
 * The heat and cold coach in Debian's headless Chromium: the checklist gates
 * the start, a session never runs past the 20-minute cap whatever is typed,
 * and it ends by itself with an alert, on an accelerated clock ({@code ?speed=});
 * an alternating session starts with the recommended kind and switches every block.
 */
class TherapyCoachTest extends BrowserTest {

    @Test
    void fortyFiveMinutesIsCappedAtTwentyAndTheSessionEndsByItself() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/therapy?speed=1000");
            Locator coach = page.locator("#coach");
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "ready");
            Locator start = coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"));

            page.getByLabel("Minutes (at most 20)").fill("45");
            PlaywrightAssertions.assertThat(start).isDisabled();
            tickEveryVisiblePoint(coach);
            PlaywrightAssertions.assertThat(start).isEnabled();
            start.click();

            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "done");
            PlaywrightAssertions.assertThat(page.getByLabel("Minutes (at most 20)")).hasValue("20");
            Locator alert = coach.locator("[data-out=done]");
            PlaywrightAssertions.assertThat(alert).isVisible();
            PlaywrightAssertions.assertThat(alert).hasText("Time is up: take the heat off now and let your skin rest.");
            PlaywrightAssertions.assertThat(alert).isFocused();
            PlaywrightAssertions.assertThat(coach.locator("[data-out=running]")).isHidden();
            tab.checkAccessibilityAndScreenshot("therapy-done");

            List<?> sessions = (List<?>) tab.stored("spinewise.therapySessions");
            assertThat(sessions).hasSize(1);
            Map<?, ?> session = (Map<?, ?>) sessions.get(0);
            assertThat(session.get("minutes")).isEqualTo(20);
            assertThat(session.get("kind")).isEqualTo("HEAT");
            assertThat(session.get("finished")).isEqualTo(true);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void aRunningSessionCanBeEndedEarly() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/therapy?kind=COLD");
            Locator coach = page.locator("#coach");
            PlaywrightAssertions.assertThat(coach.getByLabel("Cold", new Locator.GetByLabelOptions().setExact(true))).isChecked();
            tickEveryVisiblePoint(coach);
            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();

            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "running");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=mode]")).hasText("Cold session");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=announce]")).hasText("15 minute cold session started.");
            tab.checkAccessibilityAndScreenshot("therapy-running");

            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End now")).click();
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "stopped");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=done]")).hasText("Session ended. Let your skin rest.");
            // The next cold session has to wait an hour; heat is fine meanwhile.
            PlaywrightAssertions.assertThat(coach.locator("[data-out=rest]")).containsText("at least an hour of rest");
            tab.checkAccessibilityAndScreenshot("therapy-cold-resting");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void alternatingStartsWithTheRecommendedKindSwitchesEveryBlockAndStopsAtTheCap() {
        try (BrowserTab tab = open()) {
            // Every text the mode line shows, in order, so the whole sequence is checked even where a live look could miss a block.
            tab.page().addInitScript("""
                    window.modesShown = [];
                    new MutationObserver(() => {
                      const text = document.querySelector('#coach [data-out="mode"]')?.textContent;
                      if (text && text !== window.modesShown.at(-1)) window.modesShown.push(text);
                    }).observe(document, { subtree: true, childList: true, characterData: true });
                    """);
            // Blocks of 5 minutes last 2.5 s here; the 20-minute cap, 10 s.
            Page page = tab.go("/therapy?kind=COLD&speed=120");
            Locator coach = page.locator("#coach");
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "ready");
            String recommended = page.locator(".notice strong").textContent();
            assertThat(recommended).isEqualTo("cold");   // not the page's fallback (heat), so "first" is really the recommendation
            String other = "cold".equals(recommended) ? "heat" : "cold";

            coach.getByLabel("Alternate", new Locator.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Minutes (at most 20)").fill("45");
            tickEveryVisiblePoint(coach);
            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();

            Locator mode = coach.locator("[data-out=mode]");
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "running");
            PlaywrightAssertions.assertThat(page.getByLabel("Minutes (at most 20)")).hasValue("20");
            PlaywrightAssertions.assertThat(mode).hasText("Alternating: now " + recommended);
            assertThat(modesShown(page)).as("the first kind shown").first().isEqualTo("Alternating: now " + recommended);
            // Paused while axe-core looks, so the clock cannot run past a block meanwhile.
            Locator pause = coach.locator("[data-action=pause]");
            PlaywrightAssertions.assertThat(pause).hasText("Pause");
            pause.click();
            PlaywrightAssertions.assertThat(pause).hasText("Resume");
            tab.checkAccessibilityAndScreenshot("therapy-alternating");
            pause.click();

            // The blocks that follow are checked from the record of every mode shown once the session is over,
            // not live: a live look at a 2.5 s block could miss it on a loaded machine.
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "done");
            Locator alert = coach.locator("[data-out=done]");
            PlaywrightAssertions.assertThat(alert).containsText("Time is up");
            PlaywrightAssertions.assertThat(alert).isFocused();
            PlaywrightAssertions.assertThat(coach.locator("[data-out=running]")).isHidden();
            // Four 5-minute blocks in the 20 minutes (the fourth past the default 15), starting with the
            // recommendation; no fifth block.
            assertThat(modesShown(page)).containsExactly("Alternating: now " + recommended,
                    "Alternating: now " + other, "Alternating: now " + recommended, "Alternating: now " + other);

            List<?> sessions = (List<?>) tab.stored("spinewise.therapySessions");
            assertThat(sessions).hasSize(1);
            Map<?, ?> session = (Map<?, ?>) sessions.get(0);
            assertThat(session.get("kind")).isEqualTo("ALTERNATE");
            assertThat(session.get("minutes")).isEqualTo(20);
            assertThat(session.get("finished")).isEqualTo(true);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> modesShown(Page page) {
        return (List<String>) page.evaluate("() => window.modesShown");
    }

    private static void tickEveryVisiblePoint(Locator coach) {
        Locator points = coach.locator("[data-check]:visible");
        int count = points.count();
        assertThat(count).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < count; i++) {
            points.nth(i).check();
        }
    }
}
