package org.spinewise.library.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.datafile.DataFileException;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import org.spinewise.library.Review;
import org.spinewise.library.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LibraryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheNineItemsOfTheContract() {
        Library library = LibraryLoader.load();

        assertThat(library.exercises())
                .extracting(Exercise::id, Exercise::category, Exercise::position, Exercise::movement)
                .containsExactly(
                        tuple("seated-trunk-rotation", Category.STRETCH, Position.CHAIR, Movement.ROTATION),
                        tuple("yoga-spine-twist", Category.STRETCH, Position.LYING, Movement.ROTATION),
                        tuple("knee-to-chest", Category.STRETCH, Position.LYING, Movement.FLEXION),
                        tuple("pelvic-tilt", Category.STRETCH, Position.LYING, Movement.NEUTRAL),
                        tuple("seated-chair-extension", Category.CRACK, Position.CHAIR, Movement.EXTENSION),
                        tuple("seated-floor-twist", Category.CRACK, Position.FLOOR, Movement.ROTATION),
                        tuple("lying-spinal-twist", Category.CRACK, Position.LYING, Movement.ROTATION),
                        tuple("heat-therapy", Category.THERAPY, Position.ANY, Movement.NEUTRAL),
                        tuple("cold-therapy", Category.THERAPY, Position.ANY, Movement.NEUTRAL));
        assertThat(library.exercises()).allSatisfy(exercise -> {
            assertThat(exercise.steps()).isNotEmpty();
            assertThat(exercise.cautions()).isNotEmpty();
            assertThat(exercise.source().heading()).isNotBlank();
        });
    }

    @Test
    void educationCoversTheArticlesOtherSections() {
        Library library = LibraryLoader.load();

        assertThat(library.pages())
                .extracting(page -> page.source().section())
                .contains(
                        "why-pop",
                        "damage",
                        "prevention",
                        "alternatives",
                        "unlock",
                        "stenosis",
                        "stenosis-stretching",
                        "seek-help");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "exercises.yaml | holdSeconds: 15 | holdSeconds: fifteen | exercises[0].dose.holdSeconds",
                "exercises.yaml | holdSeconds: 15 | holdSeconds: 0 | exercises[0].dose.holdSeconds",
                "exercises.yaml | category: STRETCH | category: YOGA | exercises[0].category",
                "exercises.yaml | section: stretches | section: chapter-9 | exercises[0].source.section",
                "exercises.yaml | warmUp: true | warmUp: true\\n    colour: blue | exercises[3].colour",
                "exercises.yaml | setsByPain: [10, 9, 9, 8, 7, 7, 6, 5, 4, 4, 3] | setsByPain: [10, 9, 9] | exercises[3].dose.setsByPain",
                "exercises.yaml | id: yoga-spine-twist | id: seated-trunk-rotation | exercises[1].id",
                "exercises.yaml | therapy: null | therapy: {defaultMinutes: 15, maxMinutes: 20, restBetweenMinutes: null, pregnancyCaution: null} | exercises[0].therapy",
                "exercises.yaml | restBetweenMinutes: 120 | restBetweenMinutes: 0 | exercises[8].therapy.restBetweenMinutes",
                "exercises.yaml | restBetweenMinutes: 120 | restBetweenMinutes: 1441 | exercises[8].therapy.restBetweenMinutes",
                "exercises.yaml | restBetweenMinutes: 120 | restBetweenMinutes: two hours | exercises[8].therapy.restBetweenMinutes",
                "education.yaml | relatedExercises: [] | relatedExercises: [cartwheel] | relatedExercises[0]",
                "education.yaml | section: why-pop | section: nowhere | pages[0].source.section",
                "education.yaml | section: why-pop | section: why-pop\\n      guideline: NICE NG59 | pages[0].source: needs exactly one of section",
                "education.yaml | section: why-pop | section: null | pages[0].source: needs exactly one of section",
                "education.yaml | section: why-pop | guideline: \"  \" | pages[0].source.guideline: must be a non-empty text",
                "education.yaml | section: why-pop | chapter: why-pop | pages[0].source: unknown key",
                "education.yaml | section: why-pop | guideline: [NICE] | pages[0].source: guideline must be a text",
                "exercises.yaml | section: stretches | guideline: 42 | exercises[0].source: guideline must be a text",
                "education.yaml | on: \"2026-12-05\" | on: \"5 December 2026\" | review.on: must be a date written as YYYY-MM-DD",
                "education.yaml | on: \"2026-12-05\" | on: \"2026-02-30\" | review.on",
                "exercises.yaml | by: \"Spinewise clinical review\" | by: \"\" | review.by",
            })
    void aBrokenFileStopsTheLoadNamingFileAndField(String file, String find, String replace, String field)
            throws IOException {
        Path broken = copyWith(file, find, replace.replace("\\n", "\n"));

        assertThatThrownBy(() -> load(file, broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining(field);
    }

    @Test
    void aPageMayCiteAGuidelineInsteadOfAnArticleSection() {
        Library library = LibraryLoader.load();

        Source keepMoving = library.page("keep-moving").orElseThrow().source();
        assertThat(keepMoving.section()).isNull();
        assertThat(keepMoving.guideline()).startsWith("NHS");
        assertThat(keepMoving.citation()).isEqualTo(keepMoving.guideline());
        Source whyPop = library.page("why-backs-pop").orElseThrow().source();
        assertThat(whyPop.citation())
                .isEqualTo("the clinic's article, section \"Why Does My Lower Back Feel Like It Needs to Pop?\"");
    }

    @Test
    void theLibraryCarriesItsClinicalReview() {
        Review review = LibraryLoader.load().review();

        assertThat(review.by()).isEqualTo("Spinewise clinical review");
        assertThat(review.on()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(review.against()).contains("NICE NG59");
    }

    @Test
    void theLibraryIsOnlyAsRecentlyReviewedAsItsOldestFile() throws IOException {
        Path older = copyWith("education.yaml", "on: \"2026-12-05\"", "on: \"2026-06-01\"");

        assertThat(load("education.yaml", older).review().on()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aFileWithoutAReviewIsRefused() throws IOException {
        String text = resource("library/exercises.yaml");
        Path unreviewed = dir.resolve("exercises.yaml");
        Files.writeString(unreviewed, text.replaceFirst("review:\n(  .*\n)+", ""));
        assertThat(Files.readString(unreviewed)).doesNotContain("review:");

        assertThatThrownBy(() -> load("exercises.yaml", unreviewed))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(unreviewed.toString())
                .hasMessageContaining("review");
    }

    @Test
    void aBlankPregnancyCautionIsNamed() throws IOException {
        Path broken =
                copyWith("exercises.yaml", "pregnancyCaution: \"If you are pregnant", "pregnancyCaution: \" \"\n# \"");

        assertThatThrownBy(() -> load("exercises.yaml", broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("exercises[7].therapy.pregnancyCaution");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        Path broken = copyWith("exercises.yaml", "    breathing: ", "    breathingX: ");

        assertThatThrownBy(() -> load("exercises.yaml", broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("breathing");
    }

    private Library load(String file, Path broken) {
        String location = "file:" + broken;
        return switch (file) {
            case "exercises.yaml" -> LibraryLoader.load(LibraryLoader.ARTICLE, location, LibraryLoader.EDUCATION);
            case "education.yaml" -> LibraryLoader.load(LibraryLoader.ARTICLE, LibraryLoader.EXERCISES, location);
            default -> throw new IllegalArgumentException(file);
        };
    }

    private Path copyWith(String file, String find, String replace) throws IOException {
        String text = resource("library/" + file);
        assertThat(text).as("fixture text to replace").contains(find);
        Path copy = dir.resolve(file);
        Files.writeString(copy, text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace)));
        return copy;
    }

    static String resource(String location) throws IOException {
        try (InputStream in = LibraryLoaderTest.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
