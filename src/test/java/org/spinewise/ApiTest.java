package org.spinewise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every HTTP API test. All subclasses carry exactly these annotations
 * and no other context configuration, so the Spring test context cache starts
 * the application once for the whole API suite.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    protected MockMvc mvc;

    /** An HTTP answer as a client sees it. */
    protected record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public MediaType mediaType() {
            assertThat(contentType)
                    .as("Content-Type of a %d answer: %s", status, body)
                    .isNotNull();
            return MediaType.parseMediaType(contentType);
        }
    }

    protected Answer get(String path) {
        return perform(MockMvcRequestBuilders.get(path));
    }

    protected Answer postJson(String path, String body) {
        return perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    protected Answer perform(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Answer(
                    response.getStatus(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("MockMvc failed to perform the request", e);
        }
    }

    /**
     * A client that keeps its cookies (the session and the CSRF token) like a
     * browser, and sends the CSRF header on every change, as the contract asks.
     */
    protected Visitor visitor(String address) {
        return new Visitor(address);
    }

    protected class Visitor {

        private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        private final String address;

        Visitor(String address) {
            this.address = address;
        }

        public Answer get(String path) {
            return send(MockMvcRequestBuilders.get(path), false);
        }

        public Answer post(String path, String json) {
            return send(
                    MockMvcRequestBuilders.post(path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json),
                    true);
        }

        public Answer put(String path, String json) {
            return send(
                    MockMvcRequestBuilders.put(path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json),
                    true);
        }

        public Answer delete(String path, String json) {
            var request = MockMvcRequestBuilders.delete(path);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            return send(request, true);
        }

        /** Submits a page's form with the CSRF field that page rendered, as a browser does. */
        public Answer submitForm(String pagePath, String action, String form) {
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(get(pagePath).body());
            assertThat(token.find()).as("%s renders a CSRF field", pagePath).isTrue();
            return send(
                    MockMvcRequestBuilders.post(action)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(form + "&_csrf="
                                    + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
                    false);
        }

        /** Submits the routine form of a result page, with the screening and CSRF fields it carries. */
        public Answer submitRoutine(String resultPage, String choices) {
            java.util.regex.Matcher screening = java.util.regex.Pattern.compile("name=\"screening\" value=\"([^\"]+)\"")
                    .matcher(resultPage);
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(resultPage);
            assertThat(screening.find() && token.find())
                    .as("the result page carries the routine form")
                    .isTrue();
            String json = org.springframework.web.util.HtmlUtils.htmlUnescape(screening.group(1));
            return send(
                    MockMvcRequestBuilders.post("/routine")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(choices + "&screening=" + java.net.URLEncoder.encode(json, StandardCharsets.UTF_8)
                                    + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
                    false);
        }

        /** Sends without the CSRF header, to prove it is required. */
        public Answer postWithoutCsrf(String path, String json) {
            return send(
                    MockMvcRequestBuilders.post(path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json),
                    false);
        }

        public Answer signUp(String email, String password) {
            return post("/api/v1/account", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
        }

        public Answer signIn(String email, String password) {
            return post("/api/v1/session", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
        }

        public String cookie(String name) {
            return cookies.get(name);
        }

        /** The token as GET /api/v1/csrf gives it. */
        public String csrfToken() {
            return send(MockMvcRequestBuilders.get("/api/v1/csrf"), false)
                    .json()
                    .path("token")
                    .asString();
        }

        private Answer send(MockHttpServletRequestBuilder request, boolean withCsrf) {
            if (withCsrf) {
                request.header("X-XSRF-TOKEN", csrfToken());
            }
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            if (!cookies.isEmpty()) {
                request.cookie(cookies.entrySet().stream()
                        .map(c -> new jakarta.servlet.http.Cookie(c.getKey(), c.getValue()))
                        .toArray(jakarta.servlet.http.Cookie[]::new));
            }
            try {
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                for (String header : response.getHeaders("Set-Cookie")) {
                    keep(header);
                }
                return new Answer(
                        response.getStatus(),
                        response.getContentType(),
                        response.getContentAsString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError("MockMvc failed to perform the request", e);
            }
        }

        private void keep(String setCookie) {
            String[] parts = setCookie.split(";");
            String[] pair = parts[0].split("=", 2);
            boolean expired =
                    java.util.Arrays.stream(parts).anyMatch(p -> p.trim().equalsIgnoreCase("Max-Age=0"));
            if (expired || pair.length < 2 || pair[1].isEmpty()) {
                cookies.remove(pair[0].trim());
            } else {
                cookies.put(pair[0].trim(), pair[1].trim());
            }
        }
    }

    /** A 200 with a JSON body. */
    protected static JsonNode assertOkJson(Answer answer) {
        assertThat(answer.status()).as("status; body: %s", answer.body()).isEqualTo(200);
        assertThat(answer.mediaType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .as("Content-Type %s is JSON", answer.contentType())
                .isTrue();
        return answer.json();
    }

    /** An RFC 9457 problem with the given status, in its own media type. */
    protected static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as("status; body: %s", answer.body()).isEqualTo(status);
        assertThat(answer.mediaType().equalsTypeAndSubtype(PROBLEM_JSON))
                .as("Content-Type %s is application/problem+json", answer.contentType())
                .isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).as("problem status").isEqualTo(status);
        assertThat(str(problem.path("title"))).as("problem title").isNotBlank();
        return problem;
    }

    /**
     * A 400 problem whose {@code errors} name exactly {@code fields} (each at
     * least once), every one with a message.
     */
    protected static JsonNode assertBadRequest(Answer answer, Set<String> fields) {
        JsonNode problem = assertProblem(answer, 400);
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray()).as("errors is an array: %s", answer.body()).isTrue();
        Set<String> named = new LinkedHashSet<>();
        for (JsonNode error : errors) {
            assertThat(error.path("field").isString()).as("field of %s", error).isTrue();
            assertThat(str(error.path("message"))).as("message of %s", error).isNotBlank();
            named.add(error.path("field").asString());
        }
        assertThat(named).as("fields named in %s", answer.body()).isEqualTo(fields);
        return problem;
    }

    /** The text of a JSON string, or null for anything else (missing, null, a number...). */
    protected static String str(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    protected static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    protected static Set<String> textSet(JsonNode array) {
        return new LinkedHashSet<>(texts(array));
    }
}
