package org.spinewise.system.session;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.reminders.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end after 30 minutes unused and 12 hours after sign-in however busy (the defaults; issue 20,
 * point 9), on the server, for the API and the pages, by the application's clock: this test moves it.
 */
@Import(TestClock.InContext.class)
class SessionLifetimeTest extends ApiTest {

    @Autowired
    TestClock clock;

    @BeforeEach
    void now() {
        clock.set(java.time.Instant.now());
    }

    @Test
    void thirtyMinutesUnusedEndTheSession() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        clock.advance(Duration.ofMinutes(29));
        assertThat(person.get("/api/v1/me").status()).as("after 29 minutes").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(person.get("/api/v1/me").status())
                .as("29 minutes after the last use")
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));

        assertProblem(person.get("/api/v1/me"), 401);
        assertProblem(person.get("/api/v1/me"), 401);
    }

    @Test
    void theSignedInPagesEndWithTheSession() throws Exception {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(page(person, "/me").getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(30));

        MockHttpServletResponse after = page(person, "/me");
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).startsWith("/signin");
    }

    @Test
    void twelveHoursAfterSignInTheSessionEndsHoweverBusy() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        for (int i = 1; i < 36; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(person.get("/api/v1/me").status())
                    .as("after %d minutes", i * 20)
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));

        assertProblem(person.get("/api/v1/me"), 401);
    }

    private MockHttpServletResponse page(ApiPerson person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).cookie(new Cookie("SESSION", person.cookie("SESSION"))))
                .andReturn()
                .getResponse();
    }
}
