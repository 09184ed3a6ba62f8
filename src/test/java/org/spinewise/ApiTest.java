package org.spinewise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spinewise.support.ApiDocContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every HTTP API test. All subclasses carry exactly these annotations
 * and no other context configuration, so the Spring test context cache starts
 * the application once for the whole API suite. Every answer to an /api/v1
 * request is checked against the served API document ({@link ApiDocContract}).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    protected MockMvc mvc;

    /** An HTTP answer as a client sees it. */
    public record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The body as JSON, once the status is the one expected (else the failure shows the body). */
        public JsonNode expect(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            return json();
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
            MvcResult result = mvc.perform(request).andReturn();
            ApiDocContract.check(mvc, result);
            MockHttpServletResponse response = result.getResponse();
            return new Answer(
                    response.getStatus(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("MockMvc failed to perform the request", e);
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
