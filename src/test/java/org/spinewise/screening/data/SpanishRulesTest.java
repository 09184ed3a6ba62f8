package org.spinewise.screening.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.TestContent;
import org.spinewise.datafile.DataFileException;
import org.spinewise.library.ContentLanguage;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;
import org.spinewise.screening.RuleBook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule book's Spanish companion: the same rules in other words, and a gap on either side stops the start. */
class SpanishRulesTest {

    @TempDir
    Path dir;

    @Test
    void theSpanishRuleBookHasTheSameRulesInOtherWords() {
        RuleBook english = TestContent.RULES;
        RuleBook spanish = RuleBookLoader.loadSpanish(TestContent.LIBRARY);

        assertThat(spanish.rules()).hasSameSizeAs(english.rules());
        for (Rule rule : english.rules()) {
            Rule translated = spanish.rule(rule.id()).orElseThrow();
            assertThat(translated.message()).as(rule.id()).isNotEqualTo(rule.message());
            assertThat(translated.trigger().expression())
                    .isEqualTo(rule.trigger().expression());
            assertThat(translated.disposition()).isEqualTo(rule.disposition());
            assertThat(translated.source()).isEqualTo(rule.source());
            assertThat(translated.blocksCracking()).isEqualTo(rule.blocksCracking());
            assertThat(translated.blocksSelfGuidedExercise()).isEqualTo(rule.blocksSelfGuidedExercise());
        }
        assertThat(spanish.advice(Disposition.EMERGENCY).action()).contains("911, 112 o 999");
        assertThat(spanish.version()).isEqualTo(english.version());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`  pregnant: {text: \"¿Estás embarazada?\"}\n` | `` | questions.pregnant.text: has no translation",
                "`  R-PAIN-SEVERE:\n    sign:` | `  R-PAIN-SEVERE:\n    signo:` | rules.R-PAIN-SEVERE.signo: is not in the English file",
                "`  R-CRACK-PAIN:\n` | `  R-CRACK-PAINS:\n` | rules.R-CRACK-PAINS: is not an id of the English file",
                "`  R-CRACK-PAIN:\n    message:` | `  R-CRACK-PAIN:\n    sign: \"Dolor.\"\n    message:` | rules.R-CRACK-PAIN.sign: is not a text",
                "`  SELF_CARE:\n    headline: \"Tus respuestas no muestran señales de alarma\"\n` | `  SELF_CARE:\n` | dispositions.SELF_CARE.headline: has no translation",
                "`Dolor de 8 o más sobre 10.` | `Dolor de 7 o más sobre 10.` | rules.R-PAIN-SEVERE.sign: must keep the English text's numbers",
                "`(por ejemplo 911, 112 o 999)` | `(por ejemplo 112)` | dispositions.EMERGENCY.action: must keep",
                "`  R-CES-BLADDER:\n` | `  R-CES-BLADDER:\n    when: \"fever\"\n` | rules.R-CES-BLADDER.when: is not a text",
            })
    void aGapOnEitherSideStopsTheLoadNamingIt(String find, String replace, String problem) throws IOException {
        Path english = copy(RuleBookLoader.RULES, "rules.yaml");
        Path spanish = copy("screening/rules.es.yaml", "rules.es.yaml");
        String text = Files.readString(spanish);
        String found = find.replace("\\n", "\n");
        assertThat(text).contains(found);
        Files.writeString(spanish, text.replace(found, replace.replace("\\n", "\n")));

        assertThatThrownBy(() -> RuleBookLoader.load("file:" + english, TestContent.LIBRARY, ContentLanguage.SPANISH))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(spanish.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void aRuleAddedToTheEnglishFileAloneStopsTheLoad() throws IOException {
        Path english = copy(RuleBookLoader.RULES, "rules.yaml");
        Files.writeString(english, Files.readString(english) + """
                  - id: R-EXTRA
                    when: "painLevel >= 9"
                    disposition: SEE_PROFESSIONAL
                    restricts: []
                    sign: "Pain of 9 or more."
                    message: "See someone."
                    source: "article:intro"
                """);
        copy("screening/rules.es.yaml", "rules.es.yaml");

        assertThatThrownBy(() -> RuleBookLoader.load("file:" + english, TestContent.LIBRARY, ContentLanguage.SPANISH))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("rules.R-EXTRA.sign: has no translation")
                .hasMessageContaining("rules.R-EXTRA.message: has no translation");
    }

    private Path copy(String resource, String name) throws IOException {
        try (var in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(resource))) {
            Path target = dir.resolve(name);
            Files.writeString(target, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return target;
        }
    }
}
