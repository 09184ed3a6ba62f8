package org.spinewise.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PageModelsTest {

    private final PageModels pageModels = new PageModels(
            List.of(
                    (page, request) -> page.addObject("signedIn", true),
                    (page, request) -> page.addObject("path", request.getRequestURI())),
            TestContent.LIBRARY,
            TestContent.RULES);

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/library");

    @Test
    void everyRenderedPageGetsEveryModel() {
        ModelAndView page = new ModelAndView("library/list");

        pageModels.postHandle(request, new MockHttpServletResponse(), new Object(), page);

        assertThat(page.getModel()).containsEntry("signedIn", true).containsEntry("path", "/library");
        Site site = (Site) page.getModel().get("site");
        assertThat(site.signedIn()).isTrue();
        assertThat(site.reviewLine())
                .startsWith("Clinical content reviewed by Spinewise clinical review on 5 December 2026");
    }

    /** A redirect's model would travel as query parameters: {@code /me?signedIn=false}. */
    @Test
    void aRedirectGetsNothing() {
        ModelAndView redirect = new ModelAndView("redirect:/me");

        pageModels.postHandle(request, new MockHttpServletResponse(), new Object(), redirect);

        assertThat(redirect.getModel()).isEmpty();
    }

    @Test
    void anAnswerWithoutAPageIsLeftAlone() {
        assertThatNoException()
                .isThrownBy(() -> pageModels.postHandle(request, new MockHttpServletResponse(), new Object(), null));
    }
}
