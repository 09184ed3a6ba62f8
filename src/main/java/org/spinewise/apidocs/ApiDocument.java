package org.spinewise.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinewise.datafile.DataFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API document's paths and components, read from {@code openapi/*.yaml} with the code's values filled in
 * and the files' shorthands expanded (see {@code openapi/paths.yaml}): each operation's security and its
 * 401 and 403 answers follow from its {@code x-access} and {@code x-roles}, so no operation can forget them.
 */
final class ApiDocument {

    static final List<String> PATH_FILES =
            List.of("openapi/paths.yaml", "openapi/paths-clinic.yaml", "openapi/paths-reminders.yaml");
    static final String COMPONENTS_FILE = "openapi/components.yaml";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern VALUE = Pattern.compile("\\$\\{([A-Za-z.]+)}");
    private static final String JSON = "application/json";
    private static final JsonMapper YAML = JsonMapper.builder().build();

    private ApiDocument() {}

    /** The document's {@code paths} and {@code components}; a broken file or unknown name fails loudly. */
    static ObjectNode read(Map<String, Object> values) {
        ObjectNode paths = YAML.createObjectNode();
        for (String file : PATH_FILES) {
            paths.setAll((ObjectNode) load(file));
        }
        paths.propertyNames().forEach(path -> expandPath(path, (ObjectNode) paths.get(path)));
        ObjectNode document = YAML.createObjectNode();
        document.set("paths", paths);
        document.set("components", load(COMPONENTS_FILE));
        return (ObjectNode) fill(document, values);
    }

    private static JsonNode load(String file) {
        return DataFile.read(file, JsonNode.class).content();
    }

    private static void expandPath(String path, ObjectNode item) {
        item.propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> expandOperation(path, method, (ObjectNode) item.get(method)));
    }

    private static void expandOperation(String path, String method, ObjectNode operation) {
        Access access = Access.of(path, method, operation.remove("x-access"));
        boolean roles = operation.has("x-roles");
        operation.put("operationId", method + path.replaceAll("[^A-Za-z0-9]+", "_"));
        ArrayNode security = operation.putArray("security");
        ObjectNode requirement = security.addObject();
        if (access.session) {
            requirement.putArray("session");
        }
        if (access.csrf) {
            requirement.putArray("csrf");
        }
        if (requirement.isEmpty()) {
            security.removeAll();
        }
        ObjectNode responses = (ObjectNode) operation.get("responses");
        if (access.session) {
            responses.put("401", "Unauthorized");
        }
        if (access.csrf || roles) {
            responses.put("403", "Forbidden");
        }
        new ArrayList<>(responses.propertyNames())
                .forEach(status -> responses.set(status, response(responses.get(status))));
        if (operation.get("requestBody") instanceof ObjectNode body) {
            jsonContent(body);
        }
    }

    private static JsonNode response(JsonNode answer) {
        if (answer.isString()) {
            return YAML.createObjectNode().put("$ref", "#/components/responses/" + answer.stringValue());
        }
        jsonContent((ObjectNode) answer);
        return answer;
    }

    private static void jsonContent(ObjectNode holder) {
        JsonNode schema = holder.remove("json");
        if (schema != null) {
            holder.putObject("content").putObject(JSON).set("schema", schema);
        }
    }

    private static JsonNode fill(JsonNode node, Map<String, Object> values) {
        if (node.isString()) {
            Matcher name = VALUE.matcher(node.stringValue());
            if (!name.matches()) {
                return node;
            }
            if (!values.containsKey(name.group(1))) {
                throw new IllegalStateException("The API document names an unknown value: " + node.stringValue());
            }
            return YAML.valueToTree(values.get(name.group(1)));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            names.forEach(key -> object.set(key, fill(object.get(key), values)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
        }
        return node;
    }

    /** Who may call an operation: anyone, or with the session, the CSRF header or both. */
    private record Access(boolean session, boolean csrf) {

        static Access of(String path, String method, JsonNode access) {
            String text = access == null ? "" : access.asString();
            return switch (text) {
                case "anyone" -> new Access(false, false);
                case "csrf" -> new Access(false, true);
                case "session" -> new Access(true, false);
                case "session+csrf" -> new Access(true, true);
                default -> throw new IllegalStateException(method + " " + path + " needs an x-access, had " + text);
            };
        }
    }
}
