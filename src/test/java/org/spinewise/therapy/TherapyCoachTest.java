package org.spinewise.therapy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;
import org.spinewise.library.DurationWords;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.SafetyCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heat and cold coach in Debian's headless Chromium: the checklist gates
 * the start, a session never runs past the 20-minute cap whatever is typed,
 * and it ends by itself with an alert, on an accelerated clock ({@code ?speed=});
 * an alternating session starts with the recommended kind and switches every block;
 * cold waits the library's rest before it may start again; the pregnancy caution
 * follows the latest safety check kept in the browser.
 */
class TherapyCoachTest extends BrowserTest {

    private static final int COLD_REST_MINUTES =
            TestContent.LIBRARY.exercise("cold-therapy").orElseThrow().therapy().restBetweenMinutes();

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
            PlaywrightAssertions.assertThat(page.getByLabel("Minutes (at most 20)"))
                    .hasValue("20");
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
            PlaywrightAssertions.assertThat(coach.getByLabel("Cold", new Locator.GetByLabelOptions().setExact(true)))
                    .isChecked();
            tickEveryVisiblePoint(coach);
            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"))
                    .click();

            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "running");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=mode]")).hasText("Cold session");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=announce]"))
                    .hasText("15 minute cold session started.");
            tab.checkAccessibilityAndScreenshot("therapy-running");

            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End now"))
                    .click();
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "stopped");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=done]"))
                    .hasText("Session ended. Let your skin rest.");
            // The next cold session waits the library's rest, named in words and as the time it ends; heat is fine
            // meanwhile.
            String endedAt =
                    (String) ((Map<?, ?>) ((List<?>) tab.stored("spinewise.therapySessions")).get(0)).get("endedAt");
            PlaywrightAssertions.assertThat(coach.locator("[data-out=rest]"))
                    .hasText("Cold needs about "
                            + DurationWords.of(COLD_REST_MINUTES)
                            + " of rest between sessions. Your next cold session can start at "
                            + clockTime(page, endedAt, COLD_REST_MINUTES * 60_000) + ". You can use heat meanwhile.");
            tab.checkAccessibilityAndScreenshot("therapy-cold-resting");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void alternatingStartsWithTheRecommendedKindSwitchesEveryBlockAndStopsAtTheCap() {
        try (BrowserTab tab = open()) {
            // Every text the mode line shows, in order, so the whole sequence is checked even where a live look could
            // miss a block.
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
            assertThat(recommended)
                    .isEqualTo("cold"); // not the page's fallback (heat), so "first" is really the recommendation
            String other = "cold".equals(recommended) ? "heat" : "cold";

            coach.getByLabel("Alternate", new Locator.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Minutes (at most 20)").fill("45");
            tickEveryVisiblePoint(coach);
            coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"))
                    .click();

            Locator mode = coach.locator("[data-out=mode]");
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "running");
            PlaywrightAssertions.assertThat(page.getByLabel("Minutes (at most 20)"))
                    .hasValue("20");
            PlaywrightAssertions.assertThat(mode).hasText("Alternating: now " + recommended);
            assertThat(modesShown(page))
                    .as("the first kind shown")
                    .first()
                    .isEqualTo("Alternating: now " + recommended);
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
            assertThat(modesShown(page))
                    .containsExactly(
                            "Alternating: now " + recommended,
                            "Alternating: now " + other,
                            "Alternating: now " + recommended,
                            "Alternating: now " + other);

            List<?> sessions = (List<?>) tab.stored("spinewise.therapySessions");
            assertThat(sessions).hasSize(1);
            Map<?, ?> session = (Map<?, ?>) sessions.get(0);
            assertThat(session.get("kind")).isEqualTo("ALTERNATE");
            assertThat(session.get("minutes")).isEqualTo(20);
            assertThat(session.get("finished")).isEqualTo(true);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void aSecondColdSessionIsRefusedUntilTheRestHasPassed() {
        try (BrowserTab tab = open()) {
            // The wall-clock moment the Start button last came back on, kept as it happens.
            tab.page().addInitScript("""
                    window.startEnabledAt = null;
                    let wasDisabled = true;
                    new MutationObserver(() => {
                      const start = document.querySelector('#coach [data-action="start"]');
                      if (!start) return;
                      if (wasDisabled && !start.disabled) window.startEnabledAt = Date.now();
                      wasDisabled = start.disabled;
                    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
                    """);
            int speed = 1000; // the two hours' rest lasts 7.2 s here
            Page page = tab.go("/therapy?kind=COLD&speed=" + speed);
            Locator coach = page.locator("#coach");
            Locator start = coach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"));
            page.getByLabel("Minutes (at most 20)").fill("1");
            tickEveryVisiblePoint(coach);
            start.click();
            PlaywrightAssertions.assertThat(coach).hasAttribute("data-state", "done");

            Locator rest = coach.locator("[data-out=rest]");
            PlaywrightAssertions.assertThat(rest).isVisible();
            PlaywrightAssertions.assertThat(rest).containsText("Cold needs about two hours of rest between sessions.");
            PlaywrightAssertions.assertThat(start).isDisabled();
            PlaywrightAssertions.assertThat(coach.locator("[data-out=why-disabled]"))
                    .hasText("Cold is resting.");

            PlaywrightAssertions.assertThat(start).isEnabled();
            PlaywrightAssertions.assertThat(rest).isHidden();
            String endedAt =
                    (String) ((Map<?, ?>) ((List<?>) tab.stored("spinewise.therapySessions")).get(0)).get("endedAt");
            long restMs = COLD_REST_MINUTES * 60_000L / speed;
            long enabledAfterMs =
                    ((Number) page.evaluate("end => window.startEnabledAt - Date.parse(end)", endedAt)).longValue();
            assertThat(enabledAfterMs)
                    .as("ms from the end of the cold session to Start coming back")
                    .isGreaterThanOrEqualTo(restMs)
                    .isLessThan(restMs + 5_000); // room for a loaded machine, not for a longer rest than the library's
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void thePregnancyCautionShowsOnlyAfterASafetyCheckThatSaidPregnant() {
        try (BrowserTab tab = open()) {
            tab.go("/screening");
            SafetyCheck.answer(tab.page(), 30, 2, "weeks", Set.of("pregnant"));
            tab.page().waitForLoadState(LoadState.LOAD); // the result page has kept its outcome
            Page page = tab.go("/therapy");
            Locator caution = page.locator("#coach [data-out=pregnancy]");
            PlaywrightAssertions.assertThat(caution).isVisible();
            PlaywrightAssertions.assertThat(caution).containsText("Your last safety check says you are pregnant.");
            PlaywrightAssertions.assertThat(caution).containsText("skip saunas and hot tubs");
            PlaywrightAssertions.assertThat(caution).containsText("never put heat on your belly");
            tab.checkAccessibilityAndScreenshot("therapy-pregnant");

            tab.go("/screening");
            SafetyCheck.answer(tab.page(), 30, 2, "weeks", Set.of());
            tab.page().waitForLoadState(LoadState.LOAD);
            page = tab.go("/therapy");
            PlaywrightAssertions.assertThat(page.locator("#coach")).hasAttribute("data-state", "ready");
            PlaywrightAssertions.assertThat(caution).isHidden();
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    /** A moment as the coach shows it: the end of a session plus a rest, in the browser's own time format. */
    private static String clockTime(Page page, String endedAt, int plusMs) {
        return (String) page.evaluate(
                "([end, plus]) => new Date(Date.parse(end) + plus)"
                        + ".toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })",
                List.of(endedAt, plusMs));
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
