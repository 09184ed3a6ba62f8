package org.spinewise.library;

import java.util.Locale;
import java.util.function.Function;

/** One thing written in each content language, such as a page built from the content at start. */
public record Localized<T>(T english, T spanish) {

    public T in(Locale locale) {
        return ContentLanguage.of(locale) == ContentLanguage.SPANISH ? spanish : english;
    }

    /** The same thing built in each language from this one. */
    public <R> Localized<R> map(Function<T, R> build) {
        return new Localized<>(build.apply(english), build.apply(spanish));
    }
}
