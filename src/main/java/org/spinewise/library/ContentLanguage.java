package org.spinewise.library;

import java.util.Locale;

/**
 * The languages the content is written in. English is the file itself and
 * the default; Spanish is its translation, chosen for {@code es} and any
 * {@code es-*} locale.
 */
public enum ContentLanguage {
    ENGLISH,
    SPANISH;

    public static ContentLanguage of(Locale locale) {
        return "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** The Spanish companion of a content file: {@code rules.yaml} is translated in {@code rules.es.yaml}. */
    public static String spanishFile(String location) {
        if (!location.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a YAML content file: " + location);
        }
        return location.substring(0, location.length() - ".yaml".length()) + ".es.yaml";
    }
}
