package org.spinewise.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;

/**
 * The words that make a question about a warning sign: the analyzed words of the rule book's emergency and
 * urgent signs that tell them apart from the rest of the library. A sign's wording also holds words every
 * page uses ("back", "pain", "feel") and words that name another page ("knee", "position"); those would send
 * every question to the warning signs, so a word counts only when no other item's title holds it and at most
 * {@value #MAX_OTHER_ITEMS} other items' texts do (an exercise's cautions left out: they repeat the warning
 * signs on purpose), and when {@code synonyms.yaml} does not list it as a word that names no sign.
 */
final class WarningSignWords {

    /** How many other items may use a word that still tells a warning sign apart. */
    static final int MAX_OTHER_ITEMS = 2;

    /** Shorter analyzed words are pieces ("c" of "°C"), not words. */
    private static final int MIN_LETTERS = 3;

    private WarningSignWords() {}

    /**
     * @param terms the analyzed words of a text, as the index reads it
     */
    static Set<String> of(
            WarningSigns signs, Library library, List<String> notSignWords, Function<String, List<String>> terms) {
        Set<String> ordinary = new HashSet<>();
        notSignWords.forEach(word -> ordinary.addAll(terms.apply(word)));
        List<Set<String>> titles = new ArrayList<>();
        List<Set<String>> texts = new ArrayList<>();
        for (Exercise exercise : library.exercises()) {
            titles.add(Set.copyOf(terms.apply(exercise.name())));
            List<String> text = new ArrayList<>(List.of(exercise.summary(), exercise.startingPosition()));
            text.addAll(exercise.steps());
            text.add(exercise.breathing());
            texts.add(termsOf(text, terms));
        }
        for (EducationPage page : library.pages()) {
            if (!page.id().equals(signs.pageId())) {
                titles.add(Set.copyOf(terms.apply(page.title())));
                List<String> text = new ArrayList<>(List.of(page.summary()));
                text.addAll(page.keywords());
                text.addAll(SearchTexts.bodyOf(page, List.of()));
                texts.add(termsOf(text, terms));
            }
        }
        Set<String> words = new HashSet<>();
        for (String term : termsOf(signs.signs(), terms)) {
            boolean named = titles.stream().anyMatch(title -> title.contains(term));
            long used = texts.stream().filter(text -> text.contains(term)).count();
            if (!named
                    && used <= MAX_OTHER_ITEMS
                    && !ordinary.contains(term)
                    && term.length() >= MIN_LETTERS
                    && term.codePoints().noneMatch(Character::isDigit)) {
                words.add(term);
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> termsOf(List<String> texts, Function<String, List<String>> terms) {
        Set<String> all = new HashSet<>();
        texts.forEach(text -> all.addAll(terms.apply(text)));
        return all;
    }
}
