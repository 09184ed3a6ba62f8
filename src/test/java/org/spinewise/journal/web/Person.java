package org.spinewise.journal.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person signed up through {@code POST /api/v1/account} (a unique email each time), holding what
 * their browser would: the session and the CSRF token, fetched the way a client does (GET
 * {@code /api/v1/csrf}, then the token in {@code X-XSRF-TOKEN} with the {@code XSRF-TOKEN} cookie).
 */
final class Person {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String email;
    final String password;
    final String timeZone;
    private final Cookie[] sessionCookies;
    private final MockHttpSession session;
    private final Cookie xsrf;

    private Person(
            String email,
            String password,
            String timeZone,
            Cookie[] sessionCookies,
            MockHttpSession session,
            Cookie xsrf) {
        this.email = email;
        this.password = password;
        this.timeZone = timeZone;
        this.sessionCookies = sessionCookies;
        this.session = session;
        this.xsrf = xsrf;
    }

    /**
     * Someone not signed in, with a CSRF token. (The tests never use Spring Security's {@code csrf()}
     * post-processor: it swaps the filter's cookie token store for a session one for the rest of the
     * shared test context, which breaks every later real token flow.)
     */
    static Person anonymous(MockMvc mvc) {
        try {
            return new Person(
                    null,
                    null,
                    null,
                    new Cookie[0],
                    null,
                    token(mvc.perform(get("/api/v1/csrf")).andReturn()));
        } catch (Exception e) {
            throw new AssertionError("fetching a CSRF token failed", e);
        }
    }

    static Person signUp(MockMvc mvc, String timeZone) {
        try {
            Cookie anonymousToken = token(mvc.perform(get("/api/v1/csrf")).andReturn());
            String email = "journal-" + UUID.randomUUID() + "@example.org";
            String password = UUID.randomUUID().toString();
            String body = "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"timeZone\": \""
                    + timeZone + "\"}";
            MvcResult signUp = mvc.perform(post("/api/v1/account")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .cookie(anonymousToken)
                            .header("X-XSRF-TOKEN", anonymousToken.getValue()))
                    .andReturn();
            MockHttpServletResponse response = signUp.getResponse();
            assertThat(response.getStatus())
                    .as("sign-up: %s", response.getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(201);
            Cookie[] cookies = java.util.Arrays.stream(response.getCookies())
                    .filter(cookie -> !cookie.getName().equals("XSRF-TOKEN") && cookie.getMaxAge() != 0)
                    .toArray(Cookie[]::new);
            MockHttpSession session = (MockHttpSession) signUp.getRequest().getSession(false);
            // The token changes at sign-up: fetch it again, as the contract says.
            MockHttpServletRequestBuilder again = get("/api/v1/csrf");
            if (cookies.length > 0) {
                again.cookie(cookies);
            }
            if (session != null) {
                again.session(session);
            }
            Cookie token = token(mvc.perform(again).andReturn());
            return new Person(email, password, timeZone, cookies, session, token);
        } catch (Exception e) {
            throw new AssertionError("signing up failed", e);
        }
    }

    /** The raw token the answer gives, which must equal the cookie it sets. */
    private static Cookie token(MvcResult result) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String token = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("token")
                .asString();
        Cookie cookie = response.getCookie("XSRF-TOKEN");
        if (cookie == null) {
            // the token already stood in the request's cookie
            cookie = new Cookie("XSRF-TOKEN", token);
        }
        assertThat(cookie.getValue()).isEqualTo(token);
        return cookie;
    }

    /** As this person, with the CSRF token. */
    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return withoutToken(request).cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue());
    }

    /** As this person, signed in but without the CSRF header. */
    MockHttpServletRequestBuilder withoutToken(MockHttpServletRequestBuilder request) {
        if (sessionCookies.length > 0) {
            request.cookie(sessionCookies);
        }
        if (session != null) {
            request.session(session);
        }
        return request;
    }
}
