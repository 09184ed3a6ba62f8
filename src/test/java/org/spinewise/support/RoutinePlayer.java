package org.spinewise.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The player of a routine page (#player), pressed as a person presses it. */
public final class RoutinePlayer {

    private RoutinePlayer() {}

    /** Starts the routine and pauses it on its first hold, to look at the player standing still. */
    public static void startAndPause(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Pause").setExact(true))
                .click();
    }

    /**
     * Plays a routine planned from an older safety check (kept, or opened again later) with the pain before it
     * at {@code painBefore}: the first press of Start asks that no warning sign has appeared since that check, and
     * the routine plays once the person says none has. Returns the player, its routine played to the end (the
     * page's clock must run fast, {@code ?speed=N}).
     */
    public static Locator playConfirmingNoNewWarningSign(Page page, int painBefore) {
        Locator player = page.locator("#player");
        page.locator("[data-pain=before] input[value='" + painBefore + "']").check();
        Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start routine"));
        start.click();
        assertThat(page.locator("[data-out=confirm]")).isVisible();
        assertThat(player).hasAttribute("data-state", "before");
        page.getByLabel("Nothing on this list has appeared since my safety check")
                .check();
        start.click();
        assertThat(player).hasAttribute("data-state", "after");
        return player;
    }
}
