package org.spinewise.api;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads bounded numbers for {@link JsonFields}. */
final class JsonNumbers {

    private JsonNumbers() {}

    /** The node as a finite number of at least {@code min}; absent or null reads as null; else the error recorded. */
    static @Nullable Double atLeast(JsonFields fields, String name, @Nullable JsonNode node, double min) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            fields.error(name, "must be a number of at least " + min);
            return null;
        }
        if (node.doubleValue() < min) {
            fields.error(name, "must be at least " + min + ", was " + JsonFields.shown(node));
            return null;
        }
        return node.doubleValue();
    }
}
