package org.spinewise.api;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;
import tools.jackson.databind.JsonNode;

/** Reads a text from a request's JSON object for {@link JsonFields#text}. */
final class JsonTexts {

    private JsonTexts() {}

    static @Nullable String text(JsonFields fields, String name, int maxLength) {
        JsonNode node = fields.present(name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            fields.error(name, Messages.t("api.field.text"));
            return null;
        }
        String text = node.stringValue();
        if (text.length() > maxLength) {
            fields.error(name, Messages.t("api.field.maxLength", maxLength));
            return null;
        }
        if (hasLoneSurrogate(text)) {
            // A lone surrogate is not text in UTF-8: refused here, by name, rather than mangled in storage.
            fields.error(name, Messages.t("api.field.unicode"));
            return null;
        }
        return text;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
