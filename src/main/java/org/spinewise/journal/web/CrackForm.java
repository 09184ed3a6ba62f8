package org.spinewise.journal.web;

import org.jspecify.annotations.Nullable;

/**
 * The cracking log's form as submitted ({@code POST /me/cracks}), every field as typed. {@code shownAt} is
 * the time the form was shown with: an {@code at} left at it means "just now". A field the browser left
 * out reads as empty.
 */
record CrackForm(String at, String shownAt, String technique, String forced, String painful) {

    CrackForm {
        at = orEmpty(at);
        shownAt = orEmpty(shownAt);
        technique = orEmpty(technique);
        forced = orEmpty(forced);
        painful = orEmpty(painful);
    }

    /** Whether {@code at} was left as the form showed it, or emptied: either way, the crack is now. */
    boolean now() {
        return at.trim().isEmpty() || at.trim().equals(shownAt.trim());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
