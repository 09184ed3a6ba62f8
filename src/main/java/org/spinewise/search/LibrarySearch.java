package org.spinewise.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.Library;

/**
 * Full-text search over the library's exercises and education pages, for the questions a worried person
 * types ("is it bad to crack my back", "cant pee").
 *
 * <p>Built once from a {@link Library} into an in-memory Lucene index ({@link LibraryIndex}); after that it
 * only reads, and {@link #search} may be called from any number of threads. The language's analysis
 * (stemming, stop words) on both sides; {@link SearchQuery} reads the text, {@link Ranking} weighs it.
 */
public final class LibrarySearch implements AutoCloseable {

    /** The most characters of a query that are read; the rest is ignored. */
    public static final int MAX_QUERY_LENGTH = 200;

    public static final int MAX_LIMIT = 50;

    /** How many hits a search answers unless asked for another number. */
    public static final int DEFAULT_LIMIT = 10;

    private final Analyzer analyzer;
    private final LibraryIndex index;
    private final IndexSearcher searcher;
    private final SearchQuery queries;

    public LibrarySearch(Library library) {
        this(library, List.of());
    }

    /** @param moreText more body text for pages built elsewhere, by page id */
    public LibrarySearch(Library library, List<PageText> moreText) {
        this(library, moreText, ContentLanguage.ENGLISH, WarningSigns.none());
    }

    /**
     * @param language     the library's language, whose stemming and stop words both sides use, so a Spanish
     *                     query ("¿es malo crujir la espalda?") is read as Spanish against the Spanish library
     * @param warningSigns the signs whose words put their page first, in the same language
     */
    public LibrarySearch(
            Library library, List<PageText> moreText, ContentLanguage language, WarningSigns warningSigns) {
        analyzer = language == ContentLanguage.SPANISH ? new SpanishAnalyzer() : new EnglishAnalyzer();
        index = new LibraryIndex(library, moreText, analyzer);
        searcher = new IndexSearcher(index.reader());
        Synonyms.Language synonyms = Synonyms.of(language);
        queries = new SearchQuery(
                analyzer,
                SearchTexts.everyday(language),
                synonyms.groups(),
                WarningSignWords.of(
                        warningSigns, library, synonyms.notSignWords(), text -> SearchQuery.terms(analyzer, text)),
                warningSigns.pageId());
    }

    /**
     * The exercises and pages that best answer {@code query}, best first. Blank input, input of stop words
     * or symbols alone, and input that matches nothing give an empty list; input past
     * {@value #MAX_QUERY_LENGTH} characters is cut there.
     *
     * @param limit the most hits to return, 1 to {@value #MAX_LIMIT}
     * @throws IllegalArgumentException if limit is out of range
     */
    public List<SearchHit> search(@Nullable String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Query built = query == null ? null : queries.build(query);
        if (built == null) {
            return List.of();
        }
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(built, limit).scoreDocs) {
                SearchHit entry = index.entry(searcher.storedFields().document(scored.doc));
                hits.add(new SearchHit(entry.kind(), entry.id(), entry.title(), entry.summary(), scored.score));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the in-memory library index", e);
        }
    }

    @Override
    public void close() throws IOException {
        try (analyzer) {
            index.close();
        }
    }
}
