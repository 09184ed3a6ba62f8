package org.spinewise.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spinewise.datafile.DataFile;
import org.spinewise.datafile.DataFileException;
import org.spinewise.library.ContentLanguage;

/**
 * The plain words people type for the same thing ("pee", "urine", "bladder"), in groups, per language, read
 * from {@value #FILE} and checked at start: no empty group, no blank word, no word in two places. Also the
 * ordinary words a warning sign's wording holds that name no sign ("very", "example"), which
 * {@link WarningSignWords} leaves out.
 */
final class Synonyms {

    static final String FILE = "search/synonyms.yaml";

    /** One language's part of the file. */
    record Language(List<List<String>> groups, List<String> notSignWords) {

        Language {
            groups = groups.stream().map(List::copyOf).toList();
            notSignWords = List.copyOf(notSignWords);
        }
    }

    record File(Language english, Language spanish) {}

    private static final File FILE_CONTENT =
            checked(DataFile.read(FILE, File.class).content());

    private Synonyms() {}

    static Language of(ContentLanguage language) {
        return language == ContentLanguage.SPANISH ? FILE_CONTENT.spanish() : FILE_CONTENT.english();
    }

    /** The file, once every problem of it has been looked for; any stops the start, each named. */
    static File checked(File file) {
        List<String> problems = new ArrayList<>();
        check("english", file.english(), problems);
        check("spanish", file.spanish(), problems);
        if (!problems.isEmpty()) {
            throw new DataFileException(FILE, problems);
        }
        return file;
    }

    private static void check(String name, Language language, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        List<List<String>> groups = language.groups();
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            if (group.size() < 2) {
                problems.add(name + ".groups[" + g + "]: a group needs at least two words, has " + group.size());
            }
            for (int w = 0; w < group.size(); w++) {
                word(group.get(w), name + ".groups[" + g + "][" + w + "]", seen, problems);
            }
        }
        for (int w = 0; w < language.notSignWords().size(); w++) {
            word(language.notSignWords().get(w), name + ".notSignWords[" + w + "]", seen, problems);
        }
    }

    private static void word(String word, String at, Map<String, String> seen, List<String> problems) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            problems.add(at + ": must not be blank");
            return;
        }
        String before = seen.putIfAbsent(key, at);
        if (before != null) {
            problems.add(at + ": \"" + word + "\" is also at " + before);
        }
    }
}
