package org.spinewise.site;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyboard-only walk in Debian's headless Chromium: Tab, Space, Enter and the
 * arrow keys through the safety check to a result, on to a routine, the
 * player's shortcuts (Space, →, ←, H) and the stop path back to the check.
 * No mouse click anywhere.
 */
class KeyboardJourneyTest extends BrowserTest {

    private static final int MAX_TABS = 80;

    @Test
    void safetyCheckRoutineAndPlayerByKeyboardAlone() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/screening");
            Keyboard keys = page.keyboard();

            keys.press("Tab");
            assertThat(focused(page)).as("first Tab stop").isEqualTo("a:Skip to content");
            tabUntil(page, "input#field-age");
            keys.type("40");
            keys.press("Tab");
            assertThat(focused(page)).isEqualTo("input[painLevel=0]");
            keys.press("ArrowRight");
            keys.press("ArrowRight");
            assertThat(checked(page, "painLevel")).isEqualTo("2");
            keys.press("Tab");
            assertThat(focused(page)).isEqualTo("input[onset=today]");
            for (int i = 0; i < 3; i++) {
                keys.press("ArrowRight");
            }
            assertThat(checked(page, "onset")).isEqualTo("weeks");

            // Past the five condition boxes (left unticked), then one radio group per question.
            tabUntil(page, "input[answers.bowel_bladder_change=yes]");
            int questions = 0;
            while (focused(page).startsWith("input[answers.")) {
                String question = focused(page).replaceAll("input\\[answers\\.(\\w+)=yes]", "$1");
                keys.press("locked_back".equals(question) ? "Space" : "ArrowRight"); // yes to one, no to every other
                keys.press("Tab");
                questions++;
            }
            assertThat(questions).isEqualTo(page.locator("fieldset.question").count());
            assertThat(focused(page)).isEqualTo("button:See my result");
            keys.press("Enter");

            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Book a visit with a professional");
            assertThat(((Map<?, ?>) tab.stored("spinewise.lastScreening")).get("disposition"))
                    .isEqualTo("SEE_PROFESSIONAL");

            // The routine form keeps its defaults; the clock runs at normal speed.
            tabUntil(page, "button:Plan my routine");
            keys.press("Enter");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your routine");
            Locator player = page.locator("#player");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "before");
            tabUntil(page, "input[pain-before=0]");
            for (int i = 0; i < 4; i++) {
                keys.press("ArrowRight");
            }
            assertThat(checked(page, "pain-before")).isEqualTo("4");
            tabUntil(page, "button:Start routine");
            keys.press("Enter");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "playing");
            assertThat(focused(page)).as("focus moves to Pause").isEqualTo("button:Pause");

            keys.press("Space");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "paused");
            String first = position(page);
            keys.press("ArrowRight");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "paused");
            assertThat(position(page)).as("→ skips to the next hold").isNotEqualTo(first);
            keys.press("ArrowLeft");
            assertThat(position(page)).as("← goes back to the hold before").isEqualTo(first);
            keys.press("Space");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "playing");

            keys.press("h");
            PlaywrightAssertions.assertThat(player).hasAttribute("data-state", "stopped");
            PlaywrightAssertions.assertThat(page.locator("dialog[data-dialog=hurts]"))
                    .isVisible();
            assertThat(focused(page)).as("the dialog takes focus").isEqualTo("input[hurt=sharp]");
            keys.press("ArrowDown");
            assertThat(checked(page, "hurt")).isEqualTo("numbness");
            keys.press("Tab");
            assertThat(focused(page)).isEqualTo("button:Continue");
            keys.press("Enter");
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .isFocused();
            PlaywrightAssertions.assertThat(page.locator("[data-out=stopped-title]"))
                    .hasText("Please answer the safety check again now");

            List<?> sessions = (List<?>) tab.stored("spinewise.sessions");
            assertThat(sessions).hasSize(1);
            assertThat(((Map<?, ?>) sessions.get(0)).get("stoppedBecause")).isEqualTo("numbness");
            assertThat(((Map<?, ?>) sessions.get(0)).get("painBefore")).isEqualTo(4);

            keys.press("Tab");
            assertThat(focused(page)).isEqualTo("a:Answer the safety check again");
            keys.press("Enter");
            page.waitForURL("**/screening?after=numbness");
            PlaywrightAssertions.assertThat(page.locator("main .notice")).containsText("numbness or tingling");
            tab.assertOnlyPageLoadsFormPostsAndStaticAssets();
        }
    }

    /** Presses Tab until {@code target} (as {@link #focused} names it) has focus. */
    private static void tabUntil(Page page, String target) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(page).equals(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target + "; focus is on " + focused(page));
    }

    /** The focused element: {@code input#id}, {@code input[name=value]} for radios, or {@code tag:text}. */
    private static String focused(Page page) {
        return (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'body';
                  const tag = e.tagName.toLowerCase();
                  if (tag === 'input' && e.type === 'radio') return `input[${e.name}=${e.value}]`;
                  if (tag === 'input' && e.id) return `input#${e.id}`;
                  return `${tag}:${e.textContent.trim()}`;
                }""");
    }

    private static String checked(Page page, String name) {
        return (String)
                page.evaluate("name => document.querySelector(`input[name=\"${name}\"]:checked`)?.value ?? null", name);
    }

    /** Where the player is: exercise, its name and the counters (the same for a hold and the rest after it). */
    private static String position(Page page) {
        return (String) page.evaluate("() => ['progress', 'name', 'counters']"
                + ".map((name) => document.querySelector(`[data-out=\"${name}\"]`).textContent).join(' | ')");
    }
}
