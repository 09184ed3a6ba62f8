package org.spinewise.library.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.TestContent;
import org.spinewise.datafile.DataFileException;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library's Spanish companions: every text translated, nothing else changed, and the load refuses a gap. */
class SpanishContentTest {

    private static final Library ENGLISH = TestContent.LIBRARY;
    private static final Library SPANISH = LibraryLoader.loadSpanish();

    @TempDir
    Path dir;

    @Test
    void theSpanishLibraryHasTheSameItemsDosesAndLimitsInOtherWords() {
        assertThat(SPANISH.exercises()).hasSameSizeAs(ENGLISH.exercises());
        for (Exercise english : ENGLISH.exercises()) {
            Exercise spanish = SPANISH.exercise(english.id()).orElseThrow();
            assertThat(spanish.name()).as(english.id()).isNotEqualTo(english.name());
            assertThat(spanish.steps()).hasSameSizeAs(english.steps());
            assertThat(spanish.cautions()).hasSameSizeAs(english.cautions());
            assertThat(List.<Object>of(spanish.category(), spanish.position(), spanish.movement(), spanish.warmUp()))
                    .isEqualTo(List.<Object>of(
                            english.category(), english.position(), english.movement(), english.warmUp()));
            assertThat(spanish.source()).isEqualTo(english.source());
            if (english.dose() != null) {
                Objects.requireNonNull(spanish.dose());
                assertThat(spanish.dose().secondsFor(5))
                        .isEqualTo(english.dose().secondsFor(5));
                assertThat(spanish.dose().setsByPain()).isEqualTo(english.dose().setsByPain());
            }
            if (english.therapy() != null) {
                assertThat(spanish.therapy().maxMinutes())
                        .isEqualTo(english.therapy().maxMinutes());
                assertThat(spanish.therapy().restBetweenMinutes())
                        .isEqualTo(english.therapy().restBetweenMinutes());
            }
        }
        assertThat(SPANISH.pages())
                .extracting(EducationPage::id)
                .containsExactlyElementsOf(
                        ENGLISH.pages().stream().map(EducationPage::id).toList());
        assertThat(SPANISH.page("heat-or-cold").orElseThrow().title()).isEqualTo("¿Uso calor o hielo en la espalda?");
        assertThat(SPANISH.version()).isEqualTo(ENGLISH.version());
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a text missing in Spanish
                "exercises | `    name: \"Giro de columna de yoga\"\n` | `` | exercises.yoga-spine-twist.name: has no translation",
                // a step missing
                "exercises | `      - \"Repite hacia tu lado izquierdo.\"\n` | `` | exercises.yoga-spine-twist.steps: must list 6 texts",
                // an id the English lacks
                "exercises | `  pelvic-tilt:\n` | `  pelvic-tilts:\n` | exercises.pelvic-tilts: is not an id of the English file",
                // a field the English lacks, and a number the English keeps to itself
                "exercises | `    name: \"Frío\"\n` | `    name: \"Frío\"\n    nombre: \"Frío\"\n` | exercises.cold-therapy.nombre: is not in the English file",
                "exercises | `    name: \"Frío\"\n` | `    name: \"Frío\"\n    warmUp: true\n` | exercises.cold-therapy.warmUp: is not a text",
                // a limit changed in translation
                "exercises | `Nunca uses frío más de 20 minutos` | `Nunca uses frío más de 30 minutos` | exercises.cold-therapy.cautions[1]: must keep the English text's numbers",
                // an education paragraph and a section missing
                "education | `    title: \"¿Y los analgésicos?\"\n` | `` | pages.painkillers.title: has no translation",
                "education | `      - heading: \"Tu colchón\"` | `      - heading: \"\"` | pages.sleeping-positions.sections[1].heading: must be a non-empty text",
            })
    void aGapOnEitherSideStopsTheLoadNamingIt(String file, String find, String replace, String problem)
            throws IOException {
        Path english = copy(LibraryLoader.EXERCISES, "exercises.yaml");
        Path education = copy(LibraryLoader.EDUCATION, "education.yaml");
        copy("library/exercises.es.yaml", "exercises.es.yaml");
        copy("library/education.es.yaml", "education.es.yaml");
        Path spanish = dir.resolve(file + ".es.yaml");
        String text = Files.readString(spanish);
        assertThat(text).contains(find.replace("\\n", "\n"));
        Files.writeString(spanish, text.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n")));

        assertThatThrownBy(() -> LibraryLoader.load(
                        LibraryLoader.ARTICLE, "file:" + english, "file:" + education, ContentLanguage.SPANISH))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(spanish.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void aTextAddedToTheEnglishFileAloneStopsTheLoad() throws IOException {
        Path english = copy(LibraryLoader.EXERCISES, "exercises.yaml");
        String text = Files.readString(english)
                .replace(
                        "    cautions:\n      - \"Keep the movement small and gentle.\"\n",
                        "    cautions:\n      - \"Keep the movement small and gentle.\"\n      - \"Breathe.\"\n");
        Files.writeString(english, text);
        Path education = copy(LibraryLoader.EDUCATION, "education.yaml");
        copy("library/exercises.es.yaml", "exercises.es.yaml");
        copy("library/education.es.yaml", "education.es.yaml");

        assertThatThrownBy(() -> LibraryLoader.load(
                        LibraryLoader.ARTICLE, "file:" + english, "file:" + education, ContentLanguage.SPANISH))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("exercises.pelvic-tilt.cautions: must list 4 texts");
    }

    private Path copy(String resource, String name) throws IOException {
        try (var in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(resource))) {
            Path target = dir.resolve(name);
            Files.writeString(target, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return target;
        }
    }
}
