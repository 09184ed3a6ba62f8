package org.spinewise.screening.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;
import org.spinewise.screening.Question;
import org.spinewise.support.BrowserTab;
import org.spinewise.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty safety check comes back with an error summary whose entries each name their own question (not
 * "Please answer yes or no." once per question) and link to it: following a link moves focus to that
 * question's first answer, at phone and desktop size.
 */
class ErrorSummaryBrowserTest extends BrowserTest {

    private static final List<Question> QUESTIONS = TestContent.RULES.questions();

    @Test
    void eachEntryNamesItsQuestionAndFollowingItFocusesThatQuestion() {
        try (BrowserTab tab = open()) {
            for (BrowserTab.Viewport size : List.of(BrowserTab.PHONE, BrowserTab.DESKTOP)) {
                Page page = tab.page();
                page.setViewportSize(size.width(), size.height());
                tab.go("/screening");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my result"))
                        .click();
                Locator links = page.locator("#error-summary li a");
                assertThat(links.first()).isVisible();

                List<String> texts =
                        links.allTextContents().stream().map(String::strip).toList();
                assertThat(texts)
                        .as("the summary reads the questions, each once")
                        .containsAll(QUESTIONS.stream().map(Question::text).toList())
                        .doesNotHaveDuplicates()
                        .doesNotContain("Please answer yes or no.");

                Question question = QUESTIONS.get(QUESTIONS.size() / 2);
                Locator link = page.locator("#error-summary a", new Page.LocatorOptions().setHasText(question.text()));
                assertThat(link).hasAttribute("href", "#" + question.id());
                link.click();
                page.waitForFunction("id => document.activeElement && document.activeElement.id === id", question.id());
                assertThat(page.locator(":focus")).hasAttribute("name", "answers." + question.id());
                assertThat(page.locator(":focus")).isInViewport();
            }
            tab.checkAccessibilityAndScreenshot("screening-error-summary");
        }
    }
}
