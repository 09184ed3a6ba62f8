package org.spinewise.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.datafile.DataFile;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.EducationPage;
import org.spinewise.library.EducationSection;
import org.spinewise.library.Exercise;

/** What the index reads besides titles and summaries: everyday words for the content's words, and each item's body text. */
final class SearchTexts {

    private SearchTexts() {}

    /** Everyday words people type for the content's words, in each language (a data file, as the content is). */
    record EverydayWords(Map<String, List<String>> english, Map<String, List<String>> spanish) {

        EverydayWords {
            english = Map.copyOf(english);
            spanish = Map.copyOf(spanish);
        }
    }

    static final String EVERYDAY_WORDS = "search/everyday-words.yaml";

    private static final EverydayWords EVERYDAY =
            DataFile.read(EVERYDAY_WORDS, EverydayWords.class).content();

    static Map<String, List<String>> everyday(ContentLanguage language) {
        return language == ContentLanguage.SPANISH ? EVERYDAY.spanish() : EVERYDAY.english();
    }

    /** An exercise's searchable body: its start, steps, breathing and cautions. */
    static List<String> bodyOf(Exercise exercise) {
        List<String> body = new ArrayList<>();
        add(body, exercise.startingPosition());
        exercise.steps().forEach(step -> add(body, step));
        add(body, exercise.breathing());
        exercise.cautions().forEach(caution -> add(body, caution));
        return body;
    }

    /** A page's searchable body: its sections, and any text another module adds for it. */
    static List<String> bodyOf(EducationPage page, List<PageText> moreText) {
        List<String> body = new ArrayList<>();
        for (EducationSection section : page.sections()) {
            add(body, section.heading());
            section.paragraphs().forEach(paragraph -> add(body, paragraph));
            section.bullets().forEach(bullet -> add(body, bullet));
        }
        moreText.stream()
                .filter(text -> text.pageId().equals(page.id()))
                .forEach(text -> text.text().forEach(line -> add(body, line)));
        return body;
    }

    /** At most {@value LibrarySearch#MAX_QUERY_LENGTH} characters, not splitting a surrogate pair. */
    static String cap(@Nullable String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= LibrarySearch.MAX_QUERY_LENGTH) {
            return text;
        }
        int end = LibrarySearch.MAX_QUERY_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
