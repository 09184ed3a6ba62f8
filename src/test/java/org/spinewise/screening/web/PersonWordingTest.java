package org.spinewise.screening.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One word for the profession throughout what a person reads: "physiotherapist" in English (never "physio",
 * "physical therapist" or "PT") and "fisioterapeuta" in Spanish, in the messages, the templates, the content
 * files and the offline pages. Search keywords are not read by anyone, so they may hold what people type.
 */
class PersonWordingTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern OTHER_WORD = Pattern.compile("\\b[Pp]hysio\\b|(?i:physical\\s+therapist)|\\bPTs?\\b"
            + "|(?i:\\bfisio\\b|kinesi[oó]log|terapeuta\\s+f[ií]sic|fisioterapista)");

    @Test
    void theProfessionHasOneNameInEachLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : personFacingFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.strip().startsWith("keywords:")
                        && OTHER_WORD.matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("other words for physiotherapist").isEmpty();
    }

    @Test
    void theCheckCatchesEachOtherWord() {
        for (String text : List.of(
                "see a physio",
                "a physical therapist",
                "your PT",
                "un fisio",
                "un kinesiólogo",
                "un terapeuta físico")) {
            assertThat(OTHER_WORD.matcher(text).find()).as(text).isTrue();
        }
        assertThat(OTHER_WORD.matcher("a physiotherapist or fisioterapeuta").find())
                .isFalse();
    }

    private static List<Path> personFacingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(MAIN.resolve("resources/messages.properties"));
        files.add(MAIN.resolve("resources/messages_es.properties"));
        for (Path root : List.of(
                MAIN.resolve("jte"),
                MAIN.resolve("resources/library"),
                MAIN.resolve("resources/screening"),
                MAIN.resolve("resources/offline"),
                MAIN.resolve("resources/static/js"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).as("files read").hasSizeGreaterThan(20);
        return files;
    }
}
