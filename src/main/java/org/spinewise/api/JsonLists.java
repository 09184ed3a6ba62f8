package org.spinewise.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
import tools.jackson.databind.JsonNode;

/** Reads a list of allowed values from a request's JSON object for {@link JsonFields#listOf}. */
final class JsonLists {

    private JsonLists() {}

    /** The array's values, or null with each problem recorded on the array's own field. */
    static @Nullable List<String> valuesFrom(
            JsonFields fields, String name, Collection<String> allowed, boolean mayBeEmpty) {
        JsonNode node = fields.present(name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            fields.error(name, Messages.t("api.list.values", allowed));
            return null;
        }
        if (!mayBeEmpty && node.isEmpty()) {
            fields.error(name, Messages.t("api.list.atLeastOne", allowed));
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        int before = fields.errorCount();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (element.isString() && allowed.contains(element.stringValue())) {
                values.add(element.stringValue());
            } else {
                fields.error(name, "item " + i + " (" + JsonFields.shown(element) + ") is not one of " + allowed);
            }
        }
        return fields.errorCount() == before ? values : null;
    }

    /** The array's objects as nested fields, or null with each problem recorded, for {@link JsonFields#objects}. */
    static @Nullable List<JsonFields> objectsFrom(JsonFields fields, String name, int min, int max) {
        JsonNode node = fields.present(name);
        if (node == null) {
            return null;
        }
        if (!node.isArray() || node.size() < min || node.size() > max) {
            fields.error(name, Messages.t("api.list.objects", min, max));
            return null;
        }
        List<JsonFields> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject()) {
                elements.add(fields.element(name, i, node.get(i)));
            } else {
                fields.error(name + "[" + i + "]", Messages.t("api.field.object"));
            }
        }
        return elements.size() == node.size() ? elements : null;
    }

    /** The ids whose required boolean is true, or null when any is missing, not a boolean, or unknown. */
    static @Nullable Set<String> trueFlags(JsonFields fields, Collection<String> ids, String unknownMessage) {
        int before = fields.errorCount();
        List<String> yes = new ArrayList<>();
        for (String id : ids) {
            if (Boolean.TRUE.equals(fields.bool(id))) {
                yes.add(id);
            }
        }
        for (String name : fields.namesInOrder()) {
            if (!ids.contains(name)) {
                fields.error(name, unknownMessage);
            }
        }
        return fields.errorCount() == before ? Set.copyOf(yes) : null;
    }
}
