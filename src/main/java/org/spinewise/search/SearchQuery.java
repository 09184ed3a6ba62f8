package org.spinewise.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a person typed into a Lucene query: the analyzed words (never Lucene syntax: every word is just
 * a word to look for), the words they stand for (everyday words and synonym groups, applied here at query
 * time so the index stays the content's own words and a word typed counts more than one it stands for),
 * the words a letter or two away, and whether any of them names a warning sign.
 */
final class SearchQuery {

    /** Distinct words of one query that are looked for, beyond which the rest is ignored. */
    private static final int MAX_TERMS = 32;

    /**
     * What separates words in a query: anything but letters, digits and apostrophes, so "heat:cold" and
     * "ice/heat" are two words each (the tokenizer alone would keep a colon inside a word).
     */
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}'\u2019]+");

    private final Analyzer analyzer;
    private final Map<String, List<String>> related;
    private final Map<String, List<String>> synonyms;
    private final Set<String> warningWords;
    private final String warningPage;

    /**
     * @param everyday     everyday words and the content's words they stand for, as written
     * @param groups       groups of words that mean the same, as written
     * @param warningWords analyzed words that name a warning sign
     */
    SearchQuery(
            Analyzer analyzer,
            Map<String, List<String>> everyday,
            List<List<String>> groups,
            Set<String> warningWords,
            String warningPage) {
        this.analyzer = analyzer;
        this.warningWords = Set.copyOf(warningWords);
        this.warningPage = warningPage;
        Map<String, List<String>> analyzedRelated = new HashMap<>();
        everyday.forEach((word, others) ->
                terms(word).forEach(term -> others.forEach(other -> link(analyzedRelated, term, terms(other)))));
        related = Map.copyOf(analyzedRelated);
        Map<String, List<String>> analyzedSynonyms = new HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                // a word of several ("leg pain") is looked for when its group's other words are typed
                List<String> typed = terms(word);
                if (typed.size() == 1) {
                    group.forEach(other -> link(analyzedSynonyms, typed.get(0), terms(other)));
                }
            }
        }
        synonyms = Map.copyOf(analyzedSynonyms);
    }

    /** The Lucene query for a user's text, or null when it holds no word worth looking for. */
    @Nullable
    Query build(String text) {
        List<String> terms = terms(WORD_BREAKS.matcher(SearchTexts.cap(text)).replaceAll(" "));
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> relatedTerms = new LinkedHashSet<>();
        Set<String> synonymTerms = new LinkedHashSet<>();
        for (String term : terms) {
            query.add(Ranking.anyField(term, 1f), Occur.SHOULD);
            if (Ranking.edits(term) > 0) {
                query.add(Ranking.fuzzyAnyField(term), Occur.SHOULD);
            }
            relatedTerms.addAll(related.getOrDefault(term, List.of()));
            synonymTerms.addAll(synonyms.getOrDefault(term, List.of()));
        }
        synonymTerms.removeAll(terms);
        relatedTerms.removeAll(terms);
        relatedTerms.removeAll(synonymTerms);
        synonymTerms.forEach(term -> query.add(Ranking.anyField(term, Ranking.SYNONYM_WEIGHT), Occur.SHOULD));
        relatedTerms.forEach(term -> query.add(Ranking.anyField(term, Ranking.RELATED_WORD_WEIGHT), Occur.SHOULD));
        if (terms.size() > 1) {
            query.add(Ranking.titlePhrase(terms), Occur.SHOULD);
        }
        List<String> looked = new ArrayList<>(terms);
        looked.addAll(synonymTerms);
        looked.addAll(relatedTerms);
        if (looked.stream().anyMatch(this::namesAWarningSign)) {
            query.add(Ranking.warningSignsFirst(warningPage), Occur.SHOULD);
        }
        return query.build();
    }

    /** Whether a word is, or is a typo of, a word of a warning sign. */
    private boolean namesAWarningSign(String term) {
        if (warningWords.contains(term)) {
            return true;
        }
        int edits = Ranking.edits(term);
        if (edits == 0) {
            return false;
        }
        var typo = new LevenshteinAutomata(term, true).toAutomaton(edits);
        return warningWords.stream().anyMatch(word -> Operations.run(typo, word));
    }

    private List<String> terms(String text) {
        return terms(analyzer, text);
    }

    /** The distinct analyzed words of {@code text}, in order, without tokens of symbols alone. */
    static List<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(LibraryIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    terms.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyze a text held in memory", e);
        }
        return List.copyOf(terms);
    }

    private static void link(Map<String, List<String>> links, String term, List<String> others) {
        others.stream()
                .filter(other -> !other.equals(term))
                .forEach(other ->
                        links.computeIfAbsent(term, key -> new ArrayList<>()).add(other));
    }
}
