package org.spinewise.api;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
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
            fields.error(name, Messages.t("api.number.atLeast", min));
            return null;
        }
        if (node.doubleValue() < min) {
            fields.error(name, Messages.t("api.number.atLeastWas", min, JsonFields.shown(node)));
            return null;
        }
        return node.doubleValue();
    }
}
