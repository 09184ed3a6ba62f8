package org.spinewise.library.web;

import java.util.List;

import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Source;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The exercise library and the education pages, read-only. */
@JsonApiController("/api/v1")
class LibraryController {

    private final Library library;
    private final Items<Exercise> exercises;
    private final Items<PageSummary> pages;

    LibraryController(Library library) {
        this.library = library;
        this.exercises = new Items<>(library.exercises());
        this.pages = new Items<>(library.pages().stream().map(PageSummary::of).toList());
    }

    @GetMapping("/exercises")
    Items<Exercise> exercises() {
        return exercises;
    }

    @GetMapping("/exercises/{id}")
    Exercise exercise(@PathVariable String id) {
        return library.exercise(id).orElseThrow(() -> new ResourceNotFoundException("exercise", id));
    }

    @GetMapping("/education")
    Items<PageSummary> education() {
        return pages;
    }

    @GetMapping("/education/{id}")
    EducationPage page(@PathVariable String id) {
        return library.page(id).orElseThrow(() -> new ResourceNotFoundException("education page", id));
    }

    /** An education page in a list: enough to choose it. */
    record PageSummary(String id, String title, String summary, List<String> keywords, Source source) {

        static PageSummary of(EducationPage page) {
            return new PageSummary(page.id(), page.title(), page.summary(), page.keywords(), page.source());
        }
    }
}
