package org.spinewise.search;

import java.util.List;

/**
 * More searchable text for an education page whose body another module
 * builds (as "when to seek help" is built from the rule book), so that a
 * search finds the page by what it shows.
 */
public record PageText(String pageId, List<String> text) {

    public PageText {
        text = List.copyOf(text);
    }
}
