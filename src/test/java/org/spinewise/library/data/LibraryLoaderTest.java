package org.spinewise.library.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

class LibraryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheNineItemsOfTheContract() {
        Library library = LibraryLoader.load();

        assertThat(library.exercises()).extracting(Exercise::id, Exercise::category, Exercise::position, Exercise::movement)
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

        assertThat(library.pages()).extracting(page -> page.source().section())
                .contains("why-pop", "damage", "prevention", "alternatives", "unlock", "stenosis",
                        "stenosis-stretching", "seek-help");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
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
    })
    void aBrokenFileStopsTheLoadNamingFileAndField(String file, String find, String replace, String field) throws IOException {
        Path broken = copyWith(file, find, replace.replace("\\n", "\n"));

        assertThatThrownBy(() -> load(file, broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining(field);
    }

    @Test
    void aBlankPregnancyCautionIsNamed() throws IOException {
        Path broken = copyWith("exercises.yaml", "pregnancyCaution: \"If you are pregnant", "pregnancyCaution: \" \"\n# \"");

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
        Files.writeString(copy, text.replaceFirst(Pattern.quote(find),
                Matcher.quoteReplacement(replace)));
        return copy;
    }

    static String resource(String location) throws IOException {
        try (InputStream in = LibraryLoaderTest.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
