package org.spinewise.api;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a request body strictly: malformed JSON, a repeated key or trailing
 * content is a client mistake, never guessed around.
 */
public final class JsonBody {

    /** The field name that stands for the body as a whole. */
    public static final String BODY = "body";

    /** Far above any real request (a full screening is under 1 KiB). */
    static final int MAX_BYTES = 64 * 1024;

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    /** @throws InvalidRequestException unless the body is one JSON object */
    public static JsonFields parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("is required: send a JSON object");
        }
        if (body.length > MAX_BYTES) {
            throw invalid("is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw invalid("is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("must be a JSON object");
        }
        return JsonFields.root(root);
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldError(BODY, message)));
    }
}
