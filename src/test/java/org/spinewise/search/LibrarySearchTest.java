package org.spinewise.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.TestContent;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.search.SearchHit.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LibrarySearchTest {

    private static final LibrarySearch SEARCH = new LibrarySearch(TestContent.LIBRARY);

    /** What a worried person types, and the page or exercise that must come first. */
    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("why does my back pop", Kind.EDUCATION, "why-backs-pop"),
                Arguments.of("is cracking dangerous", Kind.EDUCATION, "risks-of-forceful-cracking"),
                Arguments.of("is it bad to crack my back", Kind.EDUCATION, "risks-of-forceful-cracking"),
                Arguments.of("how do I stretch with spinal stenosis", Kind.EDUCATION, "stretching-for-stenosis"),
                Arguments.of("should I use ice or heat", Kind.EDUCATION, "heat-or-cold"),
                Arguments.of("my back feels locked", Kind.EDUCATION, "unlocking-your-back"),
                Arguments.of("when should I see a doctor", Kind.EDUCATION, "when-to-seek-help"),
                Arguments.of("knee to chest", Kind.EXERCISE, "knee-to-chest"),
                Arguments.of("should I stay in bed", Kind.EDUCATION, "keep-moving"),
                Arguments.of("does pain mean damage", Kind.EDUCATION, "hurt-and-harm"),
                Arguments.of("best sleeping position", Kind.EDUCATION, "sleeping-positions"),
                Arguments.of("desk setup", Kind.EDUCATION, "desk-setup"),
                Arguments.of("flare up plan", Kind.EDUCATION, "flare-up-plan"),
                Arguments.of("painkillers", Kind.EDUCATION, "painkillers"),
                Arguments.of("going back to work", Kind.EDUCATION, "pacing-and-return"),
                // the same questions typed carelessly
                Arguments.of("WHY DOES MY BACK POP???", Kind.EDUCATION, "why-backs-pop"),
                Arguments.of("  is   cracking\tdangerous ", Kind.EDUCATION, "risks-of-forceful-cracking"),
                Arguments.of("knee-to-chest", Kind.EXERCISE, "knee-to-chest"),
                Arguments.of("pelvic tilt", Kind.EXERCISE, "pelvic-tilt"));
    }

    @ParameterizedTest(name = "\"{0}\" finds {2} first")
    @MethodSource("questions")
    void findsTheRightPageFirst(String question, Kind kind, String id) {
        List<SearchHit> hits = SEARCH.search(question, 10);

        assertThat(hits).as("hits for \"%s\"", question).isNotEmpty();
        SearchHit first = hits.get(0);
        assertThat(first.id()).as("first hit for \"%s\" of %s", question, hits).isEqualTo(id);
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(first.score()).isPositive();
    }

    @Test
    void hitsCarryTheTitleAndSummaryOfWhatTheyName() {
        for (SearchHit hit : SEARCH.search("back", LibrarySearch.MAX_LIMIT)) {
            if (hit.kind() == Kind.EXERCISE) {
                Exercise exercise = TestContent.LIBRARY.exercise(hit.id()).orElseThrow();
                assertThat(hit.title()).isEqualTo(exercise.name());
                assertThat(hit.summary()).isEqualTo(exercise.summary());
            } else {
                EducationPage page = TestContent.LIBRARY.page(hit.id()).orElseThrow();
                assertThat(hit.title()).isEqualTo(page.title());
                assertThat(hit.summary()).isEqualTo(page.summary());
            }
        }
    }

    @Test
    void ordersHitsBestFirstAndKeepsToTheLimit() {
        List<SearchHit> all = SEARCH.search("gentle stretch for my lower back", LibrarySearch.MAX_LIMIT);
        List<SearchHit> three = SEARCH.search("gentle stretch for my lower back", 3);

        assertThat(all.size()).isGreaterThan(3);
        assertThat(three).hasSize(3);
        assertThat(three).isEqualTo(all.subList(0, 3));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
        }
        assertThat(all.stream().map(SearchHit::id)).doesNotHaveDuplicates();
    }

    @Test
    void searchesTheBodyOfPagesAndExercises() {
        // words that appear only in a section bullet and in an exercise's steps
        assertThat(SEARCH.search("spondylolisthesis", 5))
                .extracting(SearchHit::id)
                .containsExactly("what-causes-tension");
        assertThat(SEARCH.search("hug", 5)).extracting(SearchHit::id).contains("knee-to-chest");
    }

    static Stream<String> nothingToLookFor() {
        return Stream.of(
                "",
                " ",
                "\t\n",
                "the and of",
                "(((",
                "\"unbalanced",
                "*:*",
                "AND OR NOT",
                "x".repeat(10_000),
                "\uD83D\uDE31\uD83D\uDE4F",
                "+-&&||!(){}[]^\"~*?:\\/",
                "a".repeat(199) + "\uD83D\uDE31");
    }

    @ParameterizedTest
    @MethodSource("nothingToLookFor")
    void findsNothingWhereThereIsNothingToLookFor(String query) {
        assertThat(SEARCH.search(query, 10)).isEmpty();
    }

    @Test
    void findsNothingForNull() {
        assertThat(SEARCH.search(null, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pop*",
                "crack~",
                "back AND pop",
                "\"why does my back pop",
                "heat:cold",
                "(ice) OR [heat]",
                "stenosis^100",
                "-pop +crack",
                "title:pop~2^9",
                "ice/heat",
                "why’s my back popping?"
            })
    void treatsQuerySyntaxAsPlainWords(String query) {
        assertThat(SEARCH.search(query, 10)).isNotEmpty();
    }

    @Test
    void readsOnlyTheStartOfAHugeQuery() {
        String huge = "why does my back pop ".repeat(500);

        List<SearchHit> hits = SEARCH.search(huge, LibrarySearch.MAX_LIMIT);

        assertThat(hits).extracting(SearchHit::id).startsWith("why-backs-pop");
        assertThat(SEARCH.search("x".repeat(LibrarySearch.MAX_QUERY_LENGTH) + " pelvic tilt", 5))
                .isEmpty();
        String manyWords = IntStream.range(0, 5_000)
                .mapToObj(i -> "w" + i)
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        assertThat(SEARCH.search(manyWords, 5)).isEmpty();
    }

    @Test
    void refusesALimitOutsideOneToFifty() {
        assertThat(SEARCH.search("pop", 1)).hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> SEARCH.search("pop", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> SEARCH.search("pop", LibrarySearch.MAX_LIMIT + 1));
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        List<String> questions =
                questions().map(arguments -> (String) arguments.get()[0]).toList();
        List<List<SearchHit>> expected =
                questions.stream().map(q -> SEARCH.search(q, 10)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> SEARCH.search(questions.get(i % questions.size()), 10)
                            .equals(expected.get(i % questions.size()))))
                    .toList();
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
