package org.spinewise.planner.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;
import org.spinewise.support.RoutinePlayer;
import org.spinewise.support.SafetyCheck;
import org.spinewise.support.SignUpPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planned routine can be opened again: a signed-in person's at its own address (a reload, a bookmark,
 * {@code ?speed=N}, "Do my routine again" on their page), only by them; an anonymous person's from this
 * browser at {@code /routine}, offered on the home page.
 */
class RoutineAddressBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static final Pattern OWN_ADDRESS = Pattern.compile(".*/routine/[0-9a-f-]{36}$");

    private static Page plan(BrowserTab tab, boolean signedIn) {
        Page page = tab.go("/screening");
        if (signedIn) {
            SafetyCheck.answerAndKeep(page, 40, 2, "weeks", Set.of()); // a routine is kept only from a kept check
        } else {
            SafetyCheck.answer(page, 40, 2, "weeks", Set.of());
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan my routine"))
                .click();
        assertThat(page.locator("h1")).hasText("Your routine");
        return page;
    }

    private static List<String> steps(Page page) {
        return page.locator("ol.routine li a").allTextContents();
    }

    @Test
    void aSignedInPersonsRoutineHasItsOwnAddressThatOnlyTheyCanOpen() {
        String address;
        try (BrowserTab tab = open()) {
            SignUpPage.signUp(tab);
            Page page = plan(tab, true);
            page.waitForURL(OWN_ADDRESS);
            address = URI.create(page.url()).getPath();
            List<String> planned = steps(page);
            assertThat(planned).isNotEmpty();

            page.reload();
            assertThat(page.locator("h1")).hasText("Your routine");
            assertThat(steps(page)).isEqualTo(planned);
            assertThat(page.locator("[data-confirm-signs]")).hasCount(0);

            // A day later (a bookmark), the person confirms that no warning sign has appeared since its check.
            UUID id = UUID.fromString(address.substring(address.lastIndexOf('/') + 1));
            OffsetDateTime dayBefore = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
            jdbc.sql("UPDATE routine_plan SET at = ? WHERE id = ?")
                    .params(dayBefore, id)
                    .update();
            page = tab.go(address + "?speed=1000");
            assertThat(page.locator("[data-out=screened-at]"))
                    .hasText(dayBefore.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
            RoutinePlayer.playConfirmingNoNewWarningSign(page, 4);

            page = tab.go("/me");
            Locator again = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Do my routine again"));
            assertThat(again).hasAttribute("href", address);
        }
        try (BrowserTab stranger = open()) {
            Page page = stranger.go(address);
            assertThat(page).hasURL(Pattern.compile(".*/signin\\?continue=%2Froutine%2F.*"));
            SignUpPage.signUp(stranger);
            Response answer = stranger.page().navigate(stranger.url(address));
            assertThat(answer.status()).isEqualTo(404);
        }
    }

    @Test
    void anAnonymousRoutineReopensFromThisBrowserAndTheHomePageOffersIt() {
        try (BrowserTab tab = open()) {
            Page page = tab.go("/");
            assertThat(page.locator("[data-routine-again]")).isHidden();

            page = plan(tab, false);
            page.waitForFunction("() => localStorage.getItem('spinewise.lastRoutine') !== null");
            List<String> planned = steps(page);

            page = tab.go("/");
            Locator again = page.locator("[data-routine-again]");
            assertThat(again).isVisible();
            assertThat(again).hasText("Do my routine again");
            again.click();
            assertThat(page.locator("h1")).hasText("Your last routine");
            assertThat(page.locator("[data-out=kept-steps] a")).hasText(planned.toArray(String[]::new));
        }
    }
}
