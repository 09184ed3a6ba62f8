package org.spinewise.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;

/**
 * The library as an in-memory Lucene index: one document per exercise and education page, its words in
 * fields of different weight, and the hit each document stands for. Written once, then only read.
 */
final class LibraryIndex implements AutoCloseable {

    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** The item's id, as one untouched word, so that ranking can name a page. */
    static final String ID = "id";

    private static final String REF = "ref";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<SearchHit> entries = new ArrayList<>();
    private final DirectoryReader reader;

    LibraryIndex(Library library, List<PageText> moreText, Analyzer analyzer) {
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
    }

    DirectoryReader reader() {
        return reader;
    }

    /** The hit a document of this index stands for, without a score. */
    SearchHit entry(Document stored) {
        return entries.get(stored.getField(REF).numericValue().intValue());
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    private Document document(
            SearchHit.Kind kind, String id, String title, String summary, List<String> keywords, List<String> body) {
        Document document = new Document();
        document.add(new StoredField(REF, entries.size()));
        entries.add(new SearchHit(kind, id, title, summary, 0f));
        document.add(new StringField(ID, id, Field.Store.NO));
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
