package org.spinewise.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.TestContent;
import org.spinewise.library.ContentLanguage;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person types who does not know the content's words, or mistypes them: a synonym group, a word a
 * letter or two away, and a warning sign's plain words find the right page first, with the rule book's
 * signs indexed as the application indexes them.
 */
class TyposAndPlainWordsTest {

    static final String SEEK_HELP = "when-to-seek-help";

    static final LibrarySearch SEARCH = new LibrarySearch(
            TestContent.LIBRARY,
            List.of(new PageText(SEEK_HELP, signs(Disposition.values()))),
            ContentLanguage.ENGLISH,
            new WarningSigns(SEEK_HELP, signs(Disposition.EMERGENCY, Disposition.URGENT)));

    static List<String> signs(Disposition... dispositions) {
        return Stream.of(dispositions)
                .flatMap(disposition -> TestContent.RULES.rulesRaising(disposition).stream())
                .map(Rule::sign)
                .filter(Objects::nonNull)
                .toList();
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                // the five a person tripped on
                Arguments.of("stenossis", "stenosis-and-cracking"),
                Arguments.of("sciatica", "stenosis-and-cracking"),
                Arguments.of("pregnancy", SEEK_HELP),
                Arguments.of("cant pee", SEEK_HELP),
                Arguments.of("numb", SEEK_HELP),
                // more typos
                Arguments.of("painkilers", "painkillers"),
                Arguments.of("is craking dangerus", "risks-of-forceful-cracking"),
                Arguments.of("sleeping positon", "sleeping-positions"),
                Arguments.of("flair up plan", "flare-up-plan"),
                Arguments.of("knee to chesst", "knee-to-chest"),
                Arguments.of("desk setpu", "desk-setup"),
                // more plain words, warning signs among them
                Arguments.of("pins and needles in my foot", SEEK_HELP),
                Arguments.of("cant poo", SEEK_HELP),
                Arguments.of("I am pregnant and my back hurts", SEEK_HELP),
                Arguments.of("high temperature and back pain", SEEK_HELP),
                Arguments.of("I feel faint and clammy", SEEK_HELP),
                Arguments.of("should I use heat or coold", "heat-or-cold"));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @MethodSource("questions")
    void findsTheRightPageFirst(String question, String id) {
        List<SearchHit> hits = SEARCH.search(question, 10);

        assertThat(hits).as("hits for \"%s\"", question).isNotEmpty();
        assertThat(hits.get(0).id())
                .as("first hit for \"%s\" of %s", question, hits)
                .isEqualTo(id);
    }

    /** The warning signs' words take nothing from the questions the library answered before. */
    @ParameterizedTest(name = "\"{0}\" still finds {2} first")
    @MethodSource("org.spinewise.search.LibrarySearchTest#questions")
    void warningSignsLeaveOtherQuestionsAlone(String question, SearchHit.Kind kind, String id) {
        assertThat(SEARCH.search(question, 1)).extracting(SearchHit::id).containsExactly(id);
    }

    @org.junit.jupiter.api.Test
    void anExactWordCountsMoreThanATypo() {
        SearchHit exact = SEARCH.search("stenosis", 1).get(0);
        SearchHit typo = SEARCH.search("stenossis", 1).get(0);

        assertThat(typo.id()).isEqualTo(exact.id());
        assertThat(typo.score()).isLessThan(exact.score());
    }
}
