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
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;

/**
 * Full-text search over the library's exercises and education pages, for the
 * questions a worried person types ("is it bad to crack my back").
 *
 * <p>Built once from a {@link Library} into an in-memory Lucene index; after
 * that it only reads, and {@link #search} may be called from any number of
 * threads. English analysis (stemming, stop words) on both sides. The query
 * is built from the analyzed words of the input, never parsed, so no input
 * is Lucene query syntax: every word is just a word to look for.
 */
public final class LibrarySearch implements AutoCloseable {

    /** The most characters of a query that are read; the rest is ignored. */
    public static final int MAX_QUERY_LENGTH = 200;

    public static final int MAX_LIMIT = 50;

    /** How many hits a search answers unless asked for another number. */
    public static final int DEFAULT_LIMIT = 10;

    /** Distinct words of one query that are looked for, beyond which the rest is ignored. */
    private static final int MAX_TERMS = 32;

    /**
     * What separates words in a query: anything but letters, digits and
     * apostrophes, so "heat:cold" and "ice/heat" are two words each (the
     * tokenizer alone would keep a colon inside a word).
     */
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}'\u2019]+");

    private static final String TITLE = "title";
    private static final String KEYWORDS = "keywords";
    private static final String SUMMARY = "summary";
    private static final String BODY = "body";
    private static final String REF = "ref";

    /** How much a word found in each field counts: the title most, the body least. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 4f, KEYWORDS, 2.5f, SUMMARY, 1.5f, BODY, 1f);

    /** A title that holds the query's words next to each other, in order. */
    private static final float TITLE_PHRASE_BOOST = 3f;

    /** How much a word that a query's word stands for counts against the word itself. */
    private static final float RELATED_WORD_WEIGHT = 0.5f;

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<SearchHit> entries = new ArrayList<>();
    private final Map<String, List<String>> related;

    public LibrarySearch(Library library) {
        this(library, List.of());
    }

    /** @param moreText more body text for pages built elsewhere, by page id */
    public LibrarySearch(Library library, List<PageText> moreText) {
        this(library, moreText, ContentLanguage.ENGLISH);
    }

    /**
     * @param language the library's language, whose stemming and stop words both sides use, so a Spanish
     *                 query ("¿es malo crujir la espalda?") is read as Spanish against the Spanish library
     */
    public LibrarySearch(Library library, List<PageText> moreText, ContentLanguage language) {
        analyzer = language == ContentLanguage.SPANISH ? new SpanishAnalyzer() : new EnglishAnalyzer();
        Map<String, List<String>> analyzedRelated = new HashMap<>();
        SearchTexts.everyday(language)
                .forEach((word, others) -> terms(word)
                        .forEach(term -> others.stream()
                                .flatMap(other -> terms(other).stream())
                                .filter(other -> !other.equals(term))
                                .forEach(other -> analyzedRelated
                                        .computeIfAbsent(term, key -> new ArrayList<>())
                                        .add(other))));
        related = Map.copyOf(analyzedRelated);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Exercise exercise : library.exercises()) {
                writer.addDocument(document(
                        SearchHit.Kind.EXERCISE,
                        exercise.id(),
                        exercise.name(),
                        exercise.summary(),
                        List.of(),
                        SearchTexts.bodyOf(exercise)));
            }
            for (EducationPage page : library.pages()) {
                writer.addDocument(document(
                        SearchHit.Kind.EDUCATION,
                        page.id(),
                        page.title(),
                        page.summary(),
                        page.keywords(),
                        SearchTexts.bodyOf(page, moreText)));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index the library", e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the library index", e);
        }
        searcher = new IndexSearcher(reader);
    }

    /**
     * The exercises and pages that best answer {@code query}, best first.
     * Blank input, input of stop words or symbols alone, and input that
     * matches nothing give an empty list; input past
     * {@value #MAX_QUERY_LENGTH} characters is cut there.
     *
     * @param limit the most hits to return, 1 to {@value #MAX_LIMIT}
     * @throws IllegalArgumentException if limit is out of range
     */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Query built = query(query);
        if (built == null) {
            return List.of();
        }
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(built, limit).scoreDocs) {
                int ref = searcher.storedFields()
                        .document(scored.doc)
                        .getField(REF)
                        .numericValue()
                        .intValue();
                SearchHit entry = entries.get(ref);
                hits.add(new SearchHit(entry.kind(), entry.id(), entry.title(), entry.summary(), scored.score));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the in-memory library index", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }

    /** The Lucene query for a user's text, or null when it holds no word worth looking for. */
    @Nullable
    Query query(String text) {
        List<String> terms = terms(WORD_BREAKS.matcher(SearchTexts.cap(text)).replaceAll(" "));
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> relatedTerms = new LinkedHashSet<>();
        for (String term : terms) {
            query.add(anyField(term, 1f), Occur.SHOULD);
            relatedTerms.addAll(related.getOrDefault(term, List.of()));
        }
        relatedTerms.removeAll(terms);
        relatedTerms.forEach(term -> query.add(anyField(term, RELATED_WORD_WEIGHT), Occur.SHOULD));
        if (terms.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
            terms.forEach(term -> phrase.add(new Term(TITLE, term)));
            query.add(new BoostQuery(phrase.build(), TITLE_PHRASE_BOOST), Occur.SHOULD);
        }
        return query.build();
    }

    /** One word in any field, weighted by the field. */
    private static Query anyField(String term, float weight) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) ->
                anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost * weight), Occur.SHOULD));
        return anyField.build();
    }

    /** The distinct analyzed words of {@code text}, in order, without tokens of symbols alone. */
    private List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
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
            throw new UncheckedIOException("Cannot analyze a query held in memory", e);
        }
        return List.copyOf(terms);
    }

    private Document document(
            SearchHit.Kind kind, String id, String title, String summary, List<String> keywords, List<String> body) {
        Document document = new Document();
        document.add(new StoredField(REF, entries.size()));
        entries.add(new SearchHit(kind, id, title, summary, 0f));
        document.add(new TextField(TITLE, title, Field.Store.NO));
        document.add(new TextField(SUMMARY, summary, Field.Store.NO));
        for (String keyword : keywords) {
            document.add(new TextField(KEYWORDS, keyword, Field.Store.NO));
        }
        for (String text : body) {
            document.add(new TextField(BODY, text, Field.Store.NO));
        }
        return document;
    }
}
