package org.spinewise.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.EducationPage;
import org.spinewise.library.EducationSection;
import org.spinewise.library.Exercise;

/** What the index reads besides titles and summaries: everyday words for the content's words, and each item's body text. */
final class SearchTexts {

    private SearchTexts() {}

    /**
     * Everyday words people type for the words the content uses ("is it bad
     * to crack": the page says "dangerous"). Looked up and expanded after
     * analysis, so "clicks" and "clicking" both find what "click" finds.
     */
    static final Map<String, List<String>> EVERYDAY = Map.ofEntries(
            Map.entry("bad", List.of("dangerous", "harm", "risk")),
            Map.entry("harmful", List.of("dangerous", "harm")),
            Map.entry("unsafe", List.of("dangerous", "risk")),
            Map.entry("risky", List.of("dangerous", "risk")),
            Map.entry("damaging", List.of("damage", "injury")),
            Map.entry("ice", List.of("cold")),
            Map.entry("icepack", List.of("ice", "cold")),
            Map.entry("warmth", List.of("heat")),
            Map.entry("physician", List.of("doctor")),
            Map.entry("gp", List.of("doctor")),
            Map.entry("physiotherapist", List.of("physio")),
            Map.entry("stuck", List.of("locked")),
            Map.entry("jammed", List.of("locked", "stuck")),
            Map.entry("click", List.of("pop", "crack")),
            Map.entry("clicking", List.of("pop", "crack")),
            Map.entry("snap", List.of("pop", "crack")),
            Map.entry("crunch", List.of("crack", "crackling")),
            Map.entry("noise", List.of("pop", "sound")),
            Map.entry("sore", List.of("pain")),
            Map.entry("ache", List.of("pain")),
            Map.entry("aching", List.of("pain")),
            Map.entry("numb", List.of("numbness")),
            Map.entry("tingly", List.of("tingling")),
            Map.entry("crick", List.of("stiff", "locked")));

    /** The same for Spanish: everyday words people type for the words the Spanish content uses. */
    static final Map<String, List<String>> EVERYDAY_SPANISH = Map.ofEntries(
            Map.entry("malo", List.of("peligroso", "daño", "riesgo")),
            Map.entry("perjudicial", List.of("peligroso", "daño")),
            Map.entry("arriesgado", List.of("peligroso", "riesgo")),
            Map.entry("hielo", List.of("frío")),
            Map.entry("doctor", List.of("médico")),
            Map.entry("fisio", List.of("fisioterapeuta")),
            Map.entry("atascada", List.of("bloqueada")),
            Map.entry("clic", List.of("crujido", "crujir")),
            Map.entry("chasquido", List.of("crujido", "crujir")),
            Map.entry("truena", List.of("crujido", "crujir")),
            Map.entry("tronar", List.of("crujido", "crujir")),
            Map.entry("sonar", List.of("crujido", "sonido")),
            Map.entry("suena", List.of("crujido", "sonido")),
            Map.entry("molestia", List.of("dolor")),
            Map.entry("duele", List.of("dolor")),
            Map.entry("dormida", List.of("adormecimiento")),
            Map.entry("hormigas", List.of("hormigueo")),
            Map.entry("lumbago", List.of("dolor", "lumbar")));

    static Map<String, List<String>> everyday(ContentLanguage language) {
        return language == ContentLanguage.SPANISH ? EVERYDAY_SPANISH : EVERYDAY;
    }

    /** An exercise's searchable body: its start, steps, breathing and cautions. */
    static List<String> bodyOf(Exercise exercise) {
        List<String> body = new ArrayList<>();
        add(body, exercise.startingPosition());
        exercise.steps().forEach(step -> add(body, step));
        add(body, exercise.breathing());
        exercise.cautions().forEach(caution -> add(body, caution));
        return body;
    }

    /** A page's searchable body: its sections, and any text another module adds for it. */
    static List<String> bodyOf(EducationPage page, List<PageText> moreText) {
        List<String> body = new ArrayList<>();
        for (EducationSection section : page.sections()) {
            add(body, section.heading());
            section.paragraphs().forEach(paragraph -> add(body, paragraph));
            section.bullets().forEach(bullet -> add(body, bullet));
        }
        moreText.stream()
                .filter(text -> text.pageId().equals(page.id()))
                .forEach(text -> text.text().forEach(line -> add(body, line)));
        return body;
    }

    /** At most {@value LibrarySearch#MAX_QUERY_LENGTH} characters, not splitting a surrogate pair. */
    static String cap(@Nullable String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= LibrarySearch.MAX_QUERY_LENGTH) {
            return text;
        }
        int end = LibrarySearch.MAX_QUERY_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
