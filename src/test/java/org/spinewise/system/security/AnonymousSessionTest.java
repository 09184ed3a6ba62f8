package org.spinewise.system.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors cost no session (issue 20, point 3): a signed-in page redirects them to sign in with the
 * address to come back to, and nothing is written to the session table, however many of them come.
 */
class AnonymousSessionTest extends ApiTest {

    private static final List<String> SIGNED_IN_PAGES =
            List.of("/me", "/me/checkin?day=2026-11-02", "/me/cracks", "/me/data", "/clinic", "/admin");

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeHundredAnonymousVisitsToSignedInPagesCreateNoSession() throws Exception {
        long before = sessionRows();

        for (int i = 0; i < 300; i++) {
            String page = SIGNED_IN_PAGES.get(i % SIGNED_IN_PAGES.size());
            MockHttpServletResponse answer =
                    mvc.perform(MockMvcRequestBuilders.get(page)).andReturn().getResponse();

            assertThat(answer.getStatus()).as(page).isEqualTo(302);
            assertThat(answer.getRedirectedUrl()).as(page).startsWith("/signin?continue=%2F");
            assertThat(answer.getHeaders("Set-Cookie")).as(page).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }

        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void theAddressToComeBackToKeepsItsQuery() throws Exception {
        MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.get("/me/checkin?day=2026-11-02"))
                .andReturn()
                .getResponse();

        assertThat(answer.getRedirectedUrl()).isEqualTo("/signin?continue=%2Fme%2Fcheckin%3Fday%3D2026-11-02");
    }

    private long sessionRows() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }
}
