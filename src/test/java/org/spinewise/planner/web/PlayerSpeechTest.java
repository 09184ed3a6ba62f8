package org.spinewise.planner.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.planner.web.PlayerJourneyTest.routine;

/**
 * The guided player's spoken cues in Debian's headless Chromium: what the page
 * asks the browser to say is recorded by a stand-in for
 * {@code speechSynthesis.speak}, installed before the page's own scripts run.
 * Off by default; turned on with the page's "Speak the steps aloud" box, the
 * cues say what the screen shows; the S key turns them off and on again.
 */
class PlayerSpeechTest extends BrowserTest {

    /**
     * Keeps each utterance's text in {@code window.spokenCues}, with what the
     * player showed at that moment (exercise name, hold or rest, and the
     * screen-reader announcement), because the clock may move the player on
     * before the test reads it. The real {@code speak} is not called: headless
     * Chromium has no speech engine here (no speech-dispatcher, no voices), so
     * real utterances would only queue or end in "synthesis-failed" errors,
     * and what the page asks for is the behaviour under test, not the audio.
     */
    private static final String RECORD_SPEECH = """
            window.spokenCues = [];
            if ('speechSynthesis' in window) {
              const shown = (name) => document.querySelector(`#player [data-out="${name}"]`)?.textContent ?? null;
              window.speechSynthesis.speak = (utterance) => {
                window.spokenCues.push({ text: utterance.text, name: shown('name'), phase: shown('phase'), announce: shown('announce') });
              };
            }
            """;

    @Test
    void nothingIsSpokenWhileSpokenCuesAreOff() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.addInitScript(RECORD_SPEECH);
            routine(tab, 1000);
            PlaywrightAssertions.assertThat(page.getByLabel("Speak the steps aloud"))
                    .not()
                    .isChecked();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "after");
            // Every cue of the routine was shown (the last one is still there for screen readers), none was spoken.
            PlaywrightAssertions.assertThat(page.locator("[data-out=announce]"))
                    .not()
                    .isEmpty();
            assertThat(spoken(page)).isEmpty();
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    @Test
    void turnedOnTheCuesSayWhatTheScreenShowsUntilTurnedOff() {
        try (BrowserTab tab = open()) {
            Page page = tab.page();
            page.addInitScript(RECORD_SPEECH);
            routine(tab, 10);
            List<Map<?, ?>> items = planItems(page);
            Locator announce = page.locator("[data-out=announce]");

            page.getByLabel("Speak the steps aloud").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#player")).hasAttribute("data-state", "playing");

            // The first cue, then those the clock brings by itself: each says what is on the screen.
            List<Map<?, ?>> cues = spokenAtLeast(page, 3);
            assertThat(cues.get(0).get("name"))
                    .as("the first cue is the plan's first exercise")
                    .isEqualTo(items.get(0).get("name"));
            assertThat(cues.get(0).get("text"))
                    .asString()
                    .startsWith(items.get(0).get("name") + ".");
            cues.forEach(cue -> assertSaysWhatIsShown(cue, items));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))
                    .click();
            PlaywrightAssertions.assertThat(announce).hasText("Paused.");
            assertThat(last(spoken(page)).get("text")).isEqualTo(announce.textContent());

            // S turns the cues off: the player goes on and shows its next cue, without a word.
            page.keyboard().press("s");
            PlaywrightAssertions.assertThat(announce).hasText("Speech off.");
            int said = spoken(page).size();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume"))
                    .click();
            PlaywrightAssertions.assertThat(announce).not().hasText("Speech off.");
            PlaywrightAssertions.assertThat(announce).not().isEmpty();
            assertThat(spoken(page)).as("spoken after turning the cues off").hasSize(said);

            // S again: the next cue is spoken once more (so the silence was the page's, not the recorder's).
            page.keyboard().press("s");
            List<Map<?, ?>> again = spokenAtLeast(page, said + 1);
            assertSaysWhatIsShown(again.get(said), items);
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    /**
     * A cue says the announcement the screen shows; a hold's cue starts with the
     * exercise's name on screen, names the side shown, and gives the plan's hold
     * time; a rest's gives the plan's rest time.
     */
    private static void assertSaysWhatIsShown(Map<?, ?> cue, List<Map<?, ?>> items) {
        String text = (String) cue.get("text");
        String name = (String) cue.get("name");
        String phase = (String) cue.get("phase");
        assertThat(text).as("spoken cue").isEqualTo(cue.get("announce"));
        Map<?, ?> item = items.stream()
                .filter(i -> name.equals(i.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no exercise " + name + " in the plan"));
        if (phase.startsWith("Hold")) {
            assertThat(text).startsWith(name + ".").contains(item.get("holdSeconds") + " seconds");
            if (phase.contains(", ")) {
                assertThat(text).contains(phase.substring(phase.indexOf(", ") + 2));
            }
        } else {
            assertThat(text).doesNotContain(name).contains(item.get("restSeconds") + " seconds");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> spoken(Page page) {
        return (List<Map<?, ?>>) page.evaluate("() => window.spokenCues");
    }

    /** What has been spoken, once at least {@code count} cues have been. */
    private static List<Map<?, ?>> spokenAtLeast(Page page, int count) {
        try {
            page.waitForFunction(
                    "count => window.spokenCues.length >= count",
                    count,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (TimeoutError e) {
            throw new AssertionError(
                    "expected at least " + count + " spoken cues, but only these were spoken: " + spoken(page)
                            + "; the player shows: "
                            + page.locator("[data-out=announce]").textContent(),
                    e);
        }
        return spoken(page);
    }

    private static Map<?, ?> last(List<Map<?, ?>> cues) {
        assertThat(cues).isNotEmpty();
        return cues.get(cues.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> planItems(Page page) {
        return (List<Map<?, ?>>)
                page.evaluate("() => JSON.parse(document.getElementById('player').dataset.plan).items");
    }
}
