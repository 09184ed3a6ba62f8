package org.spinewise.screening.data;

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
import org.spinewise.TestContent;
import org.spinewise.datafile.DataFileException;
import org.spinewise.screening.RuleBook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theRulesFileLoads() {
        RuleBook book = RuleBookLoader.load(TestContent.LIBRARY);

        assertThat(book.version()).isNotBlank();
        assertThat(book.checksum()).hasSize(64);
        assertThat(book.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(book.rule("R-CES-BLADDER").orElseThrow().source())
                .contains("When to Seek Professional Help for Back Cracking");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "when: \"fever\" | when: \"fevr\" | rules[10].when",
                "when: \"fever\" | when: \"fever OR chills\" | rules[10].when",
                "restricts: [NO_CRACKING] | restricts: [NO_JUMPING] | restricts[0]",
                "`    disposition: URGENT` | `    disposition: SOON` | rules[10].disposition",
                "- disposition: URGENT | - disposition: SOON | dispositions[1].disposition",
                "source: \"article:seek-help\" | source: \"article:appendix\" | rules[0].source",
                "id: R-SEPSIS | id: R-CES-BLADDER | rules[6].id",
                "id: R-SEPSIS | id: sepsis | rules[6].id",
                "cold: cold-therapy | cold: ice-bath | therapy.cold",
                "{id: pregnant, group: about-you, | {id: pregnant, group: nowhere, | questions[24].group",
                "when: \"age >= 65\" | when: \"age >= 121\" | 'age >= 121' needs a threshold from 2 to 120",
                "when: \"onsetHours >= 672\" | when: \"onsetHours > 672\" | cannot read the term 'onsetHours > 672'",
                "ANY(condition osteoporosis, age >= 65) | ANY(condition osteoporosis, age >= sixty) | rules[14].when",
                "ANY(condition osteoporosis, age >= 65) | ANY(age >= 70, age >= 65) | 'age >= 65' repeats a threshold",
                "sign: \"Losing weight without trying.\" | sign: \"\" | rules[11].sign",
                "sign: null | sign: \"Pain.\" | rules[31].sign",
                "  - disposition: SELF_CARE | - disposition: URGENT | 'SELF_CARE' is missing",
                "\"on\": \"2026-12-05\" | \"on\": \"last week\" | review.on",
                "when: \"painLevel >= 8\" | when: \"painLevel >= 11\" | 'painLevel >= 11' needs a threshold from 1 to 10",
                "when: \"age < 18\" | when: \"age < 200\" | 'age < 200' needs a threshold from 2 to 120",
                "when: \"condition osteoporosis\" | when: \"osteoporosis\" | 'osteoporosis' is not a question",
                "coldBelowOnsetHours: 48 | coldBelowOnsetHours: soon | therapy.coldBelowOnsetHours",
            })
    void aBrokenRulesFileStopsTheLoadNamingTheField(String find, String replace, String field) throws IOException {
        Path broken = copyWith(find, replace);

        assertThatThrownBy(() -> RuleBookLoader.load("file:" + broken, TestContent.LIBRARY))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining(field);
    }

    @Test
    void aQuestionThatFiresNoRuleIsRefused() throws IOException {
        Path broken = copyWith("when: \"locked_back\"", "when: \"stiffness_not_improving\"");

        assertThatThrownBy(() -> RuleBookLoader.load("file:" + broken, TestContent.LIBRARY))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("'locked_back' fires no rule");
    }

    private Path copyWith(String find, String replace) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleBookLoader.RULES)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).as("fixture text to replace").contains(find);
        Path copy = dir.resolve("rules.yaml");
        Files.writeString(copy, text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace)));
        return copy;
    }
}
