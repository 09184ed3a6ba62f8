package org.spinewise.support;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served API document ({@code GET /v3/api-docs}) as a check of real answers: every answer of an
 * {@code /api/v1/} request must have a documented status, media type and a body its schema accepts (JSON
 * Schema 2020-12, formats asserted). The API tests' request helpers pass each answer through it, so the
 * document stays true to what the whole suite sees.
 */
public final class ApiDocContract {

    public static final String DOCUMENT = "/v3/api-docs";
    private static final String BASE = "https://spinewise.invalid" + DOCUMENT;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the HTTP layer answers alike for every endpoint (wrong method, media type, size; an outage). */
    private static final Set<Integer> ANY_ENDPOINT = Set.of(405, 406, 413, 415, 503);

    private static volatile ApiDocContract loaded;

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Map.Entry<String, Pattern>> paths;

    private ApiDocContract(String json) {
        this.document = JSON.readTree(json);
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(BASE, json))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        this.paths = document.path("paths").propertyNames().stream()
                .sorted(Comparator.comparing((String path) ->
                                path.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.naturalOrder()))
                .map(path -> Map.entry(path, Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+"))))
                .toList();
    }

    /** The document the application serves, fetched once through {@code mvc}. */
    public static ApiDocContract of(MockMvc mvc) {
        ApiDocContract contract = loaded;
        if (contract == null) {
            try {
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(DOCUMENT))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200) {
                    throw new AssertionError(DOCUMENT + " answered " + response.getStatus());
                }
                contract = new ApiDocContract(response.getContentAsString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError("Cannot read " + DOCUMENT, e);
            }
            loaded = contract;
        }
        return contract;
    }

    /** Fails when the answer to an {@code /api/v1/} request is not what the document says. */
    public static void check(MockMvc mvc, MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        if (request.getRequestURI().startsWith("/api/v1/")) {
            of(mvc).check(request.getMethod(), request.getRequestURI(), result.getResponse());
        }
    }

    public JsonNode document() {
        return document;
    }

    /** The documented path template {@code uri} falls under, or null. */
    public String pathOf(String uri) {
        return paths.stream()
                .filter(path -> path.getValue().matcher(uri).matches())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private void check(String method, String uri, MockHttpServletResponse response) {
        int status = response.getStatus();
        String call = method + " " + uri + " answered " + status;
        String body = body(response);
        String path = pathOf(uri);
        JsonNode operation =
                path == null ? null : document.path("paths").path(path).get(method.toLowerCase());
        if (operation == null) {
            if (status != 404 && status != 405) {
                throw new AssertionError(call + ", but the API document has no such operation");
            }
            checkProblem(call, response, body);
            return;
        }
        JsonNode answer = operation.path("responses").get(String.valueOf(status));
        if (answer == null) {
            if (!ANY_ENDPOINT.contains(status)) {
                throw new AssertionError(call + ", a status the API document does not list for it: " + body);
            }
            checkProblem(call, response, body);
            return;
        }
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase() + "/responses/" + status;
        if (answer.has("$ref")) {
            pointer = answer.get("$ref").asString().substring(1);
            answer = document.at(pointer);
        }
        checkContent(call, answer, pointer, response, body);
    }

    private void checkContent(
            String call, JsonNode answer, String pointer, MockHttpServletResponse response, String body) {
        JsonNode content = answer.get("content");
        if (content == null) {
            if (!body.isEmpty()) {
                throw new AssertionError(call + " with a body, where the API document says none: " + body);
            }
            return;
        }
        String type = MediaType.parseMediaType(response.getContentType()).getType() + "/"
                + MediaType.parseMediaType(response.getContentType()).getSubtype();
        if (!content.has(type)) {
            throw new AssertionError(
                    call + " as " + type + ", which the API document does not list: " + content.propertyNames());
        }
        if (type.endsWith("json")) {
            validate(call, pointer + "/content/" + escape(type) + "/schema", body);
        }
    }

    private void checkProblem(String call, MockHttpServletResponse response, String body) {
        if (!body.isEmpty()
                && response.getContentType() != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                        MediaType.parseMediaType(response.getContentType()))) {
            validate(call, "/components/schemas/Problem", body);
        }
    }

    /** Validates {@code body} against the schema at {@code pointer} of the document. */
    public void validate(String call, String pointer, String body) {
        Schema schema = schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(
                    call + " with a body that its schema (" + pointer + ") refuses: " + errors + "\nbody: " + body);
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
