package org.spinewise.library.data;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Source;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Reads {@code source: {section: id}} or {@code source: {guideline: text}}
 * into a {@link Source}. A hand-written reader because a citation writes
 * only the key it uses, where the strict reading of every other record
 * wants each key written out; the loader then checks there is exactly one.
 */
@JsonDeserialize(using = CitationMixIn.CitationReader.class)
abstract class CitationMixIn {

    static final class CitationReader extends ValueDeserializer<Source> {

        private static final Set<String> KEYS = Set.of("section", "guideline");

        @Override
        public Source deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode citation = context.readTree(parser);
            if (!citation.isObject()) {
                return context.reportInputMismatch(
                        Source.class,
                        "must be a mapping: {section: an article section id} or {guideline: a guideline's name}");
            }
            for (String key : citation.propertyNames()) {
                if (!KEYS.contains(key)) {
                    return context.reportInputMismatch(
                            Source.class, "unknown key '" + key + "'; a source has section or guideline");
                }
                JsonNode value = citation.get(key);
                if (!value.isNull() && !value.isString()) {
                    return context.reportInputMismatch(Source.class, key + " must be a text");
                }
            }
            return Source.cited(text(citation, "section"), text(citation, "guideline"));
        }

        private static @Nullable String text(JsonNode citation, String key) {
            JsonNode value = citation.get(key);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
