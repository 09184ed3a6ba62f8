package org.spinewise;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of the API as a browser or script is: it keeps the cookies it is
 * given (the session and the {@code XSRF-TOKEN}), sends them back, and sends
 * the CSRF token in {@code X-XSRF-TOKEN} on every change, fetching it again
 * after signing up as the contract asks.
 */
public final class ApiPerson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final String email;
    private final String password;
    private String csrfToken;

    private ApiPerson(MockMvc mvc, String email, String password) {
        this.mvc = mvc;
        this.email = email;
        this.password = password;
    }

    /** An anonymous client that holds a CSRF token. */
    public static ApiPerson anonymous(MockMvc mvc) {
        ApiPerson client = new ApiPerson(mvc, null, null);
        client.refreshCsrf();
        return client;
    }

    /** Signs a new account up (with a unique email) and stays signed in as it. */
    public static ApiPerson signUp(MockMvc mvc, String timeZone) {
        String id = UUID.randomUUID().toString();
        ApiPerson person = new ApiPerson(mvc, "person-" + id + "@example.org", "spine-" + id);
        person.refreshCsrf();
        ObjectNode body = JSON.createObjectNode();
        body.put("email", person.email);
        body.put("password", person.password);
        body.put("timeZone", timeZone);
        ApiTest.Answer answer = person.postJson("/api/v1/account", JSON.writeValueAsString(body));
        assertThat(answer.status()).as("sign-up answer: %s", answer.body()).isEqualTo(201);
        person.refreshCsrf();
        return person;
    }

    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    public ApiTest.Answer get(String path) {
        return perform(MockMvcRequestBuilders.get(path));
    }

    public ApiTest.Answer postJson(String path, String body) {
        return perform(withCsrf(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
    }

    public ApiTest.Answer putJson(String path, String body) {
        return perform(withCsrf(MockMvcRequestBuilders.put(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
    }

    /** The CSRF token this client sends in X-XSRF-TOKEN. */
    public String csrfToken() {
        return csrfToken;
    }

    /** The same request, without the X-XSRF-TOKEN header (the cookie still goes). */
    public ApiTest.Answer postJsonWithoutCsrf(String path, String body) {
        return perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    public ApiTest.Answer delete(String path) {
        return perform(withCsrf(MockMvcRequestBuilders.delete(path)));
    }

    public ApiTest.Answer deleteWithoutCsrf(String path) {
        return perform(MockMvcRequestBuilders.delete(path));
    }

    public ApiTest.Answer perform(MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response = performRaw(request);
        try {
            return new ApiTest.Answer(
                    response.getStatus(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** The response itself, for answers that are not text (a zip). */
    public MockHttpServletResponse performRaw(MockHttpServletRequestBuilder request) {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            for (Cookie cookie : response.getCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), new Cookie(cookie.getName(), cookie.getValue()));
                }
            }
            return response;
        } catch (Exception e) {
            throw new AssertionError("MockMvc failed to perform the request", e);
        }
    }

    private MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) {
        return request.header("X-XSRF-TOKEN", csrfToken);
    }

    private void refreshCsrf() {
        ApiTest.Answer answer = get("/api/v1/csrf");
        assertThat(answer.status()).as("csrf answer: %s", answer.body()).isEqualTo(200);
        csrfToken = answer.json().path("token").asString();
        assertThat(csrfToken).isNotBlank();
        assertThat(cookies).as("cookies after GET /api/v1/csrf").containsKey("XSRF-TOKEN");
    }
}
