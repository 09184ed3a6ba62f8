package org.spinewise.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.datafile.DataFileException;
import org.spinewise.library.ContentLanguage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The synonym file is checked at start: a broken one stops it, naming each problem. */
class SynonymsTest {

    private static final Synonyms.Language FINE = new Synonyms.Language(List.of(List.of("pee", "urine")), List.of());

    @Test
    void theShippedFileIsReadInBothLanguages() {
        assertThat(Synonyms.of(ContentLanguage.ENGLISH).groups()).contains(List.of("sciatica", "leg pain"));
        assertThat(Synonyms.of(ContentLanguage.SPANISH).groups()).isNotEmpty();
    }

    @Test
    void refusesAnEmptyOrLonelyGroup() {
        var broken = new Synonyms.File(new Synonyms.Language(List.of(List.of(), List.of("numb")), List.of()), FINE);

        assertThatThrownBy(() -> Synonyms.checked(broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(Synonyms.FILE)
                .hasMessageContaining("english.groups[0]: a group needs at least two words, has 0")
                .hasMessageContaining("english.groups[1]: a group needs at least two words, has 1");
    }

    @Test
    void refusesAWordInTwoPlacesOrBlank() {
        var broken = new Synonyms.File(
                FINE,
                new Synonyms.Language(
                        List.of(List.of("pis", "orina"), List.of("Orina ", "vejiga", " ")), List.of("pis")));

        assertThatThrownBy(() -> Synonyms.checked(broken))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("spanish.groups[1][0]: \"Orina \" is also at spanish.groups[0][1]")
                .hasMessageContaining("spanish.groups[1][2]: must not be blank")
                .hasMessageContaining("spanish.notSignWords[0]: \"pis\" is also at spanish.groups[0][0]");
    }
}
