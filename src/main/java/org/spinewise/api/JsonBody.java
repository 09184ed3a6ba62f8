package org.spinewise.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a request body strictly: malformed JSON, a repeated key or trailing
 * content is a client mistake, never guessed around.
 */
public final class JsonBody {

    /** The field name that stands for the body as a whole. */
    public static final String BODY = "body";

    /** Every request body's limit, far above any real request (a full screening is under 1 KiB). */
    static final int MAX_BYTES = 64 * 1024;

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {}

    /**
     * Reads at most {@link #MAX_BYTES} (and one more, to tell a larger body)
     * from the request, so an oversized body never fills the memory.
     *
     * @throws InvalidRequestException unless the body is one JSON object
     */
    public static JsonFields parseObject(InputStream body) {
        return parseObject(read(body));
    }

    /**
     * The body's bytes, for a controller that keeps them as sent: at most {@link #MAX_BYTES} and one more,
     * so {@link #parseObject(byte[])} can tell a larger body without the whole of it ever being in memory.
     *
     * @throws InvalidRequestException naming {@code body} when it cannot be read
     */
    public static byte[] read(InputStream body) {
        try {
            return body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw invalid(Messages.t("api.body.unread"));
        }
    }

    /** @throws InvalidRequestException unless the body is one JSON object */
    public static JsonFields parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid(Messages.t("api.body.required"));
        }
        if (body.length > MAX_BYTES) {
            throw invalid(Messages.t("api.body.tooLarge", MAX_BYTES / 1024));
        }
        if (!isStrictUtf8(body)) {
            throw invalid("must be UTF-8: overlong forms, surrogates and broken sequences are refused");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw invalid(Messages.t("api.body.notJson", JsonFields.shorten(e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw invalid(Messages.t("api.field.object"));
        }
        return JsonFields.root(root);
    }

    /** Reads an object built by the server itself, such as one made from a submitted form. */
    public static JsonFields fieldsOf(ObjectNode object) {
        return JsonFields.root(object);
    }

    /** A new, empty object to build a request in. */
    public static ObjectNode newObject() {
        return STRICT.createObjectNode();
    }

    /** Parses text that must be one JSON object, such as a form's hidden field; null when it is not (or absent). */
    public static @Nullable ObjectNode parseObjectOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = STRICT.readTree(text);
            return node != null && node.isObject() ? (ObjectNode) node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Jackson decodes an overlong form such as {@code C0 BC} as {@code <}; Java's decoder, set to report,
     * refuses it, as it refuses encoded surrogates and truncated sequences.
     */
    private static boolean isStrictUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldError(BODY, message)));
    }
}
