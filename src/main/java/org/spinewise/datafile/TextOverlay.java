package org.spinewise.datafile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays a translation over a content file: the translation holds only the
 * texts, keyed as the file is (a list whose entries have an {@code id} or a
 * {@code disposition} is written as a mapping by that id; any other list by
 * position), and everything else (ids, numbers, limits, codes) is taken from
 * the file itself, so it is written once. Every text of the file must have
 * its translation, the translation may hold nothing the file lacks, and a
 * translated text keeps the file's placeholders and numbers: a limit cannot
 * change with the language.
 *
 * @param texts     keys whose value (a text, or a list of texts translated item by item) needs a translation
 * @param wordLists keys whose list of words is translated as a whole, its length free (search keywords)
 */
public record TextOverlay(Set<String> texts, Set<String> wordLists) {

    private static final List<String> ID_KEYS = List.of("id", "disposition");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}|\\d+(?:[.,]\\d+)?");

    public TextOverlay {
        texts = Set.copyOf(texts);
        wordLists = Set.copyOf(wordLists);
    }

    /** The file with the translation's texts in place of its own; every problem is recorded in {@code check}. */
    public JsonNode apply(JsonNode file, JsonNode translation, Violations check) {
        if (!file.isObject()) {
            check.add("(document)", "the file is not a mapping");
            return file;
        }
        return object((ObjectNode) file, translation, "", check);
    }

    private JsonNode object(ObjectNode file, JsonNode given, String path, Violations check) {
        ObjectNode merged = file.deepCopy();
        if (!given.isMissingNode() && !given.isObject()) {
            check.add(name(path), "must be a mapping, as in the English file");
            return merged;
        }
        for (String key : file.propertyNames()) {
            JsonNode value = file.get(key);
            JsonNode translated = given.path(key);
            String at = join(path, key);
            if (texts.contains(key) && (value.isString() || isTextList(value))) {
                merged.set(key, text(value, translated, at, check));
            } else if (wordLists.contains(key) && isTextList(value)) {
                merged.set(key, words(translated, at, check));
            } else if (holdsText(value)) {
                merged.set(
                        key,
                        value.isArray()
                                ? list((ArrayNode) value, translated, at, check)
                                : object((ObjectNode) value, translated, at, check));
            } else if (!translated.isMissingNode()) {
                check.add(at, "is not a text: it is written only in the English file");
            }
        }
        if (given.isObject()) {
            for (String key : given.propertyNames()) {
                if (!file.has(key)) {
                    check.add(join(path, key), "is not in the English file");
                }
            }
        }
        return merged;
    }

    private JsonNode list(ArrayNode file, JsonNode given, String path, Violations check) {
        ArrayNode merged = file.deepCopy();
        @Nullable String idKey = idKey(file);
        if (idKey == null) {
            if (!given.isMissingNode() && (!given.isArray() || given.size() != file.size())) {
                check.add(path, "must list " + file.size() + " entries, as the English file does");
                return merged;
            }
            for (int i = 0; i < file.size(); i++) {
                merged.set(i, element(file.get(i), given.path(i), path + "[" + i + "]", check));
            }
            return merged;
        }
        if (!given.isMissingNode() && !given.isObject()) {
            check.add(path, "must be a mapping from each " + idKey + " to its texts");
            return merged;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            String id = file.get(i).get(idKey).asString();
            ids.add(id);
            merged.set(i, element(file.get(i), given.path(id), join(path, id), check));
        }
        if (given.isObject()) {
            for (String key : given.propertyNames()) {
                check.check(ids.contains(key), join(path, key), "is not an " + idKey + " of the English file");
            }
        }
        return merged;
    }

    private JsonNode element(JsonNode file, JsonNode given, String path, Violations check) {
        if (file.isObject()) {
            return object((ObjectNode) file, given, path, check);
        }
        return file.isArray() ? list((ArrayNode) file, given, path, check) : file;
    }

    private JsonNode text(JsonNode file, JsonNode given, String path, Violations check) {
        if (file.isArray() && file.isEmpty() && given.isMissingNode()) {
            return file; // nothing to translate
        }
        if (given.isMissingNode() || given.isNull()) {
            check.add(path, "has no translation");
            return file;
        }
        if (file.isString()) {
            if (!given.isString() || given.asString().isBlank()) {
                check.add(path, "must be a non-empty text");
                return file;
            }
            checkSameMarks(file.asString(), given.asString(), path, check);
            return given;
        }
        if (!isTextList(given) || given.size() != file.size()) {
            check.add(path, "must list " + file.size() + " texts, as the English file does");
            return file;
        }
        for (int i = 0; i < file.size(); i++) {
            text(file.get(i), given.get(i), path + "[" + i + "]", check);
        }
        return given;
    }

    private static JsonNode words(JsonNode given, String path, Violations check) {
        if (!isTextList(given) || given.isEmpty()) {
            check.add(path, "needs a list of at least one word");
        }
        return given;
    }

    /** Placeholders and numbers (a limit, a time, an age) must survive translation exactly. */
    private static void checkSameMarks(String file, String given, String path, Violations check) {
        List<String> expected = marks(file);
        List<String> found = marks(given);
        check.check(
                expected.equals(found),
                path,
                "must keep the English text's numbers and placeholders " + expected + ", has " + found);
    }

    private static List<String> marks(String text) {
        List<String> marks = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            marks.add(matcher.group().replace(',', '.')); // 1.5 is written 1,5 in Spanish
        }
        return marks.stream().sorted().toList();
    }

    private boolean holdsText(JsonNode node) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                JsonNode value = node.get(key);
                if (((texts.contains(key) || wordLists.contains(key)) && (value.isString() || isTextList(value)))
                        || holdsText(value)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (holdsText(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTextList(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isString()) {
                return false;
            }
        }
        return true;
    }

    /** The key every entry of the list has as a text, naming it; null for a list kept by position. */
    private static @Nullable String idKey(ArrayNode list) {
        for (String key : ID_KEYS) {
            boolean all = !list.isEmpty();
            for (JsonNode item : list) {
                all &= item.isObject() && item.path(key).isString();
            }
            if (all) {
                return key;
            }
        }
        return null;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String name(String path) {
        return path.isEmpty() ? "(document)" : path;
    }
}
