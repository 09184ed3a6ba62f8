package org.spinewise.search;

import java.util.List;

/**
 * The rule book's warning signs that send a person for help now or today, in one language, and the page
 * that lists them: a search whose words name one of these signs puts that page first. The screening module
 * gives them, so the search holds no sign of its own.
 *
 * @param pageId the education page that lists the signs ("when to seek help")
 * @param signs  each sign in plain words, as the rule book states it
 */
public record WarningSigns(String pageId, List<String> signs) {

    public WarningSigns {
        signs = List.copyOf(signs);
    }

    /** No signs: a search that puts no page first (a library searched without the rule book). */
    public static WarningSigns none() {
        return new WarningSigns("", List.of());
    }
}
