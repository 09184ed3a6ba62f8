package org.spinewise.system.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF as an attacker tries it (issue 20, point 2): a token planted in the victim's cookie, the token in the
 * query string or body instead of the header, a {@code text/plain} body an ordinary cross-site form can send,
 * and the cookie an other host could set over TLS.
 */
class CsrfBindingTest extends ApiTest {

    private static final String DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
    private static final String CHECK_IN = "{\"pain\": 2, \"stiffness\": 3, \"sittingHours\": 4}";

    @Test
    void aTokenPlantedFromAnotherSessionIsRefusedAndStoresNothing() {
        ApiPerson victim = ApiPerson.signUp(mvc, "UTC");
        String attackersOwn = ApiPerson.signUp(mvc, "UTC").csrfToken();
        String anonymous = ApiPerson.anonymous(mvc).csrfToken();

        for (String planted : new String[] {attackersOwn, anonymous}) {
            Answer forged = perform(checkIn(victim.cookie("SESSION"), planted).header("X-XSRF-TOKEN", planted));

            assertProblem(forged, 403);
        }
        assertProblem(victim.get("/api/v1/checkins/" + DAY), 404);
        assertThat(perform(checkIn(victim.cookie("SESSION"), victim.csrfToken())
                                .header("X-XSRF-TOKEN", victim.csrfToken()))
                        .status())
                .as("the session's own token works")
                .isEqualTo(201);
    }

    @Test
    void theApiTakesTheTokenFromTheHeaderOnly() {
        ApiPerson victim = ApiPerson.signUp(mvc, "UTC");
        String token = victim.csrfToken();

        assertProblem(perform(checkIn(victim.cookie("SESSION"), token).queryParam("_csrf", token)), 403);
        Answer inForm = perform(MockMvcRequestBuilders.delete("/api/v1/session")
                .cookie(new Cookie("SESSION", victim.cookie("SESSION")), new Cookie("XSRF-TOKEN", token))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("_csrf=" + token));

        assertProblem(inForm, 403);
        assertProblem(victim.get("/api/v1/checkins/" + DAY), 404);
        assertThat(victim.get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void bodiesThatAreNotJsonAre415Problems() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        Answer plain = person.performWithCsrf(MockMvcRequestBuilders.put("/api/v1/checkins/" + DAY)
                .contentType(MediaType.TEXT_PLAIN)
                .content(CHECK_IN));
        Answer screening = perform(MockMvcRequestBuilders.post("/api/v1/screenings")
                .contentType(MediaType.TEXT_PLAIN)
                .content("{}"));
        Answer noType = person.performWithCsrf(
                MockMvcRequestBuilders.put("/api/v1/checkins/" + DAY).content(CHECK_IN));

        assertProblem(plain, 415);
        assertProblem(screening, 415);
        assertProblem(noType, 415);
        assertProblem(person.get("/api/v1/checkins/" + DAY), 404);
        assertThat(person.delete("/api/v1/session").status())
                .as("a change without a body needs no Content-Type")
                .isEqualTo(204);
    }

    @Test
    void overTlsTheCookieIsHostPrefixedAndSecure() throws Exception {
        MockHttpServletResponse csrf = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/csrf").secure(true))
                .andReturn()
                .getResponse();
        String token = JSON.readTree(csrf.getContentAsString()).path("token").asString();

        assertThat(csrf.getHeaders("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("__Host-XSRF-TOKEN=" + token + ";")
                .contains("Path=/", "Secure", "SameSite=Lax")
                .doesNotContain("Domain");
        String email = "tls-" + UUID.randomUUID() + "@example.org";
        MockHttpServletResponse signedUp = mvc.perform(MockMvcRequestBuilders.post("/api/v1/account")
                        .secure(true)
                        .cookie(new Cookie("__Host-XSRF-TOKEN", token))
                        .header("X-XSRF-TOKEN", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + email + "\", \"password\": \"quiet-river-stone-42\"}"))
                .andReturn()
                .getResponse();
        assertThat(signedUp.getStatus()).isEqualTo(201);
        assertThat(signedUp.getHeaders("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("__Host-XSRF-TOKEN=").contains("Secure"));
    }

    @Test
    void theApiSignOutClearsTheTokensCookieAsThePageSignOutDoes() throws Exception {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        MockHttpServletResponse signedOut = mvc.perform(MockMvcRequestBuilders.delete("/api/v1/session")
                        .cookie(
                                new Cookie("SESSION", person.cookie("SESSION")),
                                new Cookie("XSRF-TOKEN", person.csrfToken()))
                        .header("X-XSRF-TOKEN", person.csrfToken()))
                .andReturn()
                .getResponse();

        assertThat(signedOut.getStatus()).isEqualTo(204);
        assertThat(signedOut.getHeaders("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=;").contains("Max-Age=0"));
    }

    private static MockHttpServletRequestBuilder checkIn(String session, String cookieToken) {
        return MockMvcRequestBuilders.put("/api/v1/checkins/" + DAY)
                .cookie(new Cookie("SESSION", session), new Cookie("XSRF-TOKEN", cookieToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(CHECK_IN);
    }
}
