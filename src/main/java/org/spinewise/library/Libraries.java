package org.spinewise.library;

import java.util.Locale;

/**
 * The library in each language it is written in: the same items, ids,
 * doses and limits, only the words differ. Rendering picks by the reader's
 * locale; everything that decides (planning, limits) may use either.
 */
public record Libraries(Library english, Library spanish) {

    public Library in(Locale locale) {
        return localized().in(locale);
    }

    public Localized<Library> localized() {
        return new Localized<>(english, spanish);
    }

    /** The same exercise in the reader's language. */
    public Exercise exercise(Exercise exercise, Locale locale) {
        return in(locale).exercise(exercise.id()).orElse(exercise);
    }
}
