package org.spinewise.library.web;

import java.util.List;
import java.util.Locale;

import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Localized;
import org.spinewise.library.Source;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The exercise library and the education pages, read-only. */
@JsonApiController("/api/v1")
class LibraryController {

    private final Libraries libraries;
    private final Localized<Items<Exercise>> exercises;
    private final Localized<Items<PageSummary>> pages;

    LibraryController(Libraries libraries) {
        this.libraries = libraries;
        this.exercises = libraries.localized().map(library -> new Items<>(library.exercises()));
        this.pages = libraries
                .localized()
                .map(library -> new Items<>(
                        library.pages().stream().map(PageSummary::of).toList()));
    }

    @GetMapping("/exercises")
    Items<Exercise> exercises(Locale locale) {
        return exercises.in(locale);
    }

    @GetMapping("/exercises/{id}")
    Exercise exercise(@PathVariable String id, Locale locale) {
        return libraries.in(locale).exercise(id).orElseThrow(() -> new ResourceNotFoundException("exercise", id));
    }

    @GetMapping("/education")
    Items<PageSummary> education(Locale locale) {
        return pages.in(locale);
    }

    @GetMapping("/education/{id}")
    EducationPage page(@PathVariable String id, Locale locale) {
        return libraries.in(locale).page(id).orElseThrow(() -> new ResourceNotFoundException("education page", id));
    }

    /** An education page in a list: enough to choose it. */
    record PageSummary(String id, String title, String summary, List<String> keywords, Source source) {

        static PageSummary of(EducationPage page) {
            return new PageSummary(page.id(), page.title(), page.summary(), page.keywords(), page.source());
        }
    }
}
