package org.spinewise.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
import tools.jackson.databind.JsonNode;

/**
 * Typed, strict reads from one JSON object of a request. Each problem is recorded with its dotted path from
 * the request's root, so one answer can name every offending field; nothing is coerced (no "40" for 40).
 */
public final class JsonFields {

    private static final int MAX_ECHO = 40;

    private final JsonNode object;
    private final String prefix;
    private final List<FieldError> errors;

    private JsonFields(JsonNode object, String prefix, List<FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    static JsonFields root(JsonNode object) {
        return new JsonFields(object, "", new ArrayList<>());
    }

    public String path(String name) {
        return prefix + name;
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    /** Every field name outside {@code known} is an error. */
    public void rejectUnknown(Collection<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                error(name, Messages.t("api.field.unknown"));
            }
        }
    }

    /** The field names in the order the client sent them. */
    Iterable<String> namesInOrder() {
        return object.propertyNames();
    }

    public Set<String> names() {
        return Set.copyOf(object.propertyNames());
    }

    /** A required nested object, or null (with the error recorded). */
    public @Nullable JsonFields object(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            error(name, Messages.t("api.field.object"));
            return null;
        }
        return new JsonFields(node, path(name) + ".", errors);
    }

    /** An optional nested object: absent or null reads as null; anything but an object is an error. */
    public @Nullable JsonFields optionalObject(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : object(name);
    }

    /** A required whole number in [min, max], or null. */
    public @Nullable Integer integer(String name, int min, int max) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            error(name, Messages.t("api.field.wholeRange", min, max));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            error(name, Messages.t("api.field.range", min, max, shown(node)));
            return null;
        }
        return node.intValue();
    }

    /** A required whole number that fits an int, or null; its range is the domain's to check. */
    public @Nullable Integer wholeNumber(String name) {
        JsonNode node = present(name);
        if (node != null && !(node.isIntegralNumber() && node.canConvertToInt())) {
            error(name, Messages.t("api.field.whole", shown(node)));
            return null;
        }
        return node == null ? null : node.intValue();
    }

    /** An optional finite number; absent or null reads as null; its range is the domain's to check. */
    public @Nullable Double optionalNumber(String name) {
        JsonNode node = object.get(name);
        if (node != null && !node.isNull() && !(node.isNumber() && Double.isFinite(node.doubleValue()))) {
            error(name, Messages.t("api.field.number", shown(node)));
            return null;
        }
        return node == null || node.isNull() ? null : node.doubleValue();
    }

    /** An optional whole number in [min, max]; absent or null reads as null. */
    public @Nullable Integer optionalInteger(String name, int min, int max) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : integer(name, min, max);
    }

    /** An optional number of at least {@code min}; absent or null reads as null. */
    public @Nullable Double optionalNumber(String name, double min) {
        return JsonNumbers.atLeast(this, name, object.get(name), min);
    }

    /** A required text of at most {@code maxLength} characters, or null. */
    public @Nullable String text(String name, int maxLength) {
        return JsonTexts.text(this, name, maxLength);
    }

    /** An optional text of at most {@code maxLength} characters; absent or null reads as null. */
    public @Nullable String optionalText(String name, int maxLength) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : text(name, maxLength);
    }

    /**
     * A required ISO-8601 instant such as {@code 2026-11-25T08:30:00Z}, not after {@code latest}; kept to the
     * microsecond, the precision both databases store. Null when absent or invalid.
     */
    public @Nullable Instant instantNotAfter(String name, Instant latest) {
        return JsonInstants.notAfter(this, name, latest);
    }

    /** A required true or false, or null. */
    public @Nullable Boolean bool(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            error(name, Messages.t("api.field.boolean"));
            return null;
        }
        return node.booleanValue();
    }

    /** A required text, one of {@code allowed}, or null. */
    public @Nullable String oneOf(String name, Collection<String> allowed) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isString() || !allowed.contains(node.stringValue())) {
            error(name, Messages.t("api.field.oneOf", allowed, shown(node)));
            return null;
        }
        return node.stringValue();
    }

    /**
     * A required array whose elements are each one of {@code allowed}, or
     * null. The error is reported on the array's own field.
     */
    public @Nullable List<String> listOf(String name, Collection<String> allowed, boolean mayBeEmpty) {
        return JsonLists.valuesFrom(this, name, allowed, mayBeEmpty);
    }

    /**
     * A required array of {@code min} to {@code max} JSON objects, each read as nested fields named
     * {@code name[i].}; null (with the error recorded) when it is not.
     */
    public @Nullable List<JsonFields> objects(String name, int min, int max) {
        return JsonLists.objectsFrom(this, name, min, max);
    }

    /** The fields of an element of one of this object's arrays, named {@code name[index].} in errors. */
    JsonFields element(String name, int index, JsonNode element) {
        return new JsonFields(element, path(name) + "[" + index + "].", errors);
    }

    /**
     * Reads every {@code ids} key as a required boolean and rejects any other
     * key; returns the keys that are true, or null on any error.
     */
    public @Nullable Set<String> requiredFlags(Collection<String> ids, String unknownMessage) {
        return JsonLists.trueFlags(this, ids, unknownMessage);
    }

    /** Every problem recorded so far in the whole request. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Problems recorded so far in the whole request. */
    public int errorCount() {
        return errors.size();
    }

    /** @throws InvalidRequestException when any read of this request failed */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The field's value as sent, or null when absent. */
    @Nullable
    JsonNode node(String name) {
        return object.get(name);
    }

    /** The offending value as the client sent it, cut short so an answer never echoes a huge input. */
    static String shown(JsonNode node) {
        return shorten(node.toString());
    }

    /** Client text as an answer may repeat it: cut short, so a huge input is never echoed. */
    static String shorten(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }

    @Nullable
    JsonNode present(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            error(name, Messages.t("api.field.required"));
            return null;
        }
        return node;
    }
}
