package org.spinewise.search;

import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How much each way of matching counts: the word as typed most, in the title most; a word it stands for
 * ({@code everyday-words.yaml}, {@code synonyms.yaml}) less; a word one or two letters away (a typo) least,
 * so an exact match always ranks above a fuzzy one; and a question about a warning sign puts the page of
 * warning signs above everything.
 */
final class Ranking {

    /** How much a word found in each field counts: the title most, the body least. */
    static final Map<String, Float> FIELD_BOOSTS = Map.of(
            LibraryIndex.TITLE, 4f, LibraryIndex.KEYWORDS, 2.5f, LibraryIndex.SUMMARY, 1.5f, LibraryIndex.BODY, 1f);

    /** A title that holds the query's words next to each other, in order. */
    static final float TITLE_PHRASE_BOOST = 3f;

    /** How much a word that a query's word stands for ({@code everyday-words.yaml}) counts against the word. */
    static final float RELATED_WORD_WEIGHT = 0.5f;

    /** How much a word of the same synonym group counts against the word typed. */
    static final float SYNONYM_WEIGHT = 0.6f;

    /** How much a word a letter or two away counts: little, so a typo finds its page but an exact word wins. */
    static final float FUZZY_WEIGHT = 0.2f;

    /** Shortest analyzed word looked for with one letter's difference, and with two. */
    static final int FUZZY_ONE_EDIT = 5;

    static final int FUZZY_TWO_EDITS = 8;

    /** Far above any score of words alone (a few dozen at most), so the page of warning signs comes first. */
    static final float WARNING_SIGN_BOOST = 1000f;

    private static final int FUZZY_EXPANSIONS = 10;

    private Ranking() {}

    /** How many letters may differ for a word to still be taken for {@code term}; 0 for a short word. */
    static int edits(String term) {
        int length = term.codePointCount(0, term.length());
        return length >= FUZZY_TWO_EDITS ? 2 : length >= FUZZY_ONE_EDIT ? 1 : 0;
    }

    /** One word in any field, weighted by the field. */
    static Query anyField(String term, float weight) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) ->
                anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost * weight), Occur.SHOULD));
        return anyField.build();
    }

    /** Words a letter or two from {@code term} in any field (the word itself too), weighted low. */
    static Query fuzzyAnyField(String term) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) -> anyField.add(
                new BoostQuery(
                        new FuzzyQuery(new Term(field, term), edits(term), 0, FUZZY_EXPANSIONS, true),
                        boost * FUZZY_WEIGHT),
                Occur.SHOULD));
        return anyField.build();
    }

    /** The query's words next to each other in a title. */
    static Query titlePhrase(Iterable<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
        terms.forEach(term -> phrase.add(new Term(LibraryIndex.TITLE, term)));
        return new BoostQuery(phrase.build(), TITLE_PHRASE_BOOST);
    }

    /** The page of warning signs, above any other hit. */
    static Query warningSignsFirst(String pageId) {
        return new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(LibraryIndex.ID, pageId))), WARNING_SIGN_BOOST);
    }
}
