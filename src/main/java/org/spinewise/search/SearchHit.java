package org.spinewise.search;

/**
 * One search result: an exercise or an education page, enough to show it in
 * a list and open it by id.
 *
 * @param score Lucene's relevance score; only its order within one answer means anything
 */
public record SearchHit(Kind kind, String id, String title, String summary, float score) {

    /** Which part of the library a hit comes from. */
    public enum Kind {
        EXERCISE,
        EDUCATION
    }
}
