package org.spinewise.library.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.spinewise.library.Category;
import org.spinewise.library.EducationPage;
import org.spinewise.library.EmergencySigns;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The exercise library and the education pages, as pages. */
@Controller
@RequiredArgsConstructor
class LibraryPageController {

    /** The education page that carries a fill-in, printable plan below its text. */
    static final String FLARE_UP_PLAN = "flare-up-plan";

    private final Libraries libraries;
    private final EmergencySigns emergencySigns;

    @GetMapping("/library")
    String exercises(Model model, Locale locale) {
        Library library = libraries.in(locale);
        model.addAttribute("stretches", byCategory(library, Category.STRETCH));
        model.addAttribute("cracks", byCategory(library, Category.CRACK));
        model.addAttribute("therapies", byCategory(library, Category.THERAPY));
        return "library/list";
    }

    @GetMapping("/library/{id}")
    String exercise(@PathVariable String id, Model model, Locale locale) {
        Library library = libraries.in(locale);
        model.addAttribute("exercise", found(library.exercise(id)));
        model.addAttribute(
                "related",
                library.pages().stream()
                        .filter(page -> page.relatedExercises().contains(id))
                        .toList());
        return "library/exercise";
    }

    @GetMapping("/learn")
    String pages(Model model, Locale locale) {
        Library library = libraries.in(locale);
        model.addAttribute("pages", library.pages());
        return "library/learn";
    }

    @GetMapping("/learn/{id}")
    String page(@PathVariable String id, Model model, Locale locale) {
        Library library = libraries.in(locale);
        EducationPage page = found(library.page(id));
        model.addAttribute("page", page);
        model.addAttribute(
                "related",
                page.relatedExercises().stream()
                        .map(exerciseId -> library.exercise(exerciseId).orElseThrow())
                        .toList());
        model.addAttribute("flareUpPlan", FLARE_UP_PLAN.equals(id));
        model.addAttribute("emergencySigns", emergencySigns.emergencySigns(locale));
        return "library/page";
    }

    /** An unknown id answers 404, the same as a path that names nothing. */
    private static <T> T found(Optional<T> item) {
        return item.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Exercise> byCategory(Library library, Category category) {
        return library.exercises().stream()
                .filter(exercise -> exercise.category() == category)
                .toList();
    }
}
