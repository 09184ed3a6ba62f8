package org.spinewise.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, immutable library: exercises and therapies in their
 * canonical order, education pages, and the article sections they cite.
 */
public final class Library {

    private final String version;
    private final String checksum;
    private final Review review;
    private final List<Exercise> exercises;
    private final List<EducationPage> pages;
    private final Map<String, Exercise> exercisesById = new LinkedHashMap<>();
    private final Map<String, EducationPage> pagesById = new LinkedHashMap<>();
    private final Map<String, ArticleSection> sectionsById = new LinkedHashMap<>();

    /**
     * @param version  content version, as "exercises-version/education-version"
     * @param checksum digest of the files it was read from
     * @param review   the clinical review the whole library can claim: the oldest of its files'
     */
    public Library(
            String version,
            String checksum,
            Review review,
            List<Exercise> exercises,
            List<EducationPage> pages,
            List<ArticleSection> articleSections) {
        this.version = version;
        this.checksum = checksum;
        this.review = review;
        this.exercises = List.copyOf(exercises);
        this.pages = List.copyOf(pages);
        exercises.forEach(exercise -> exercisesById.put(exercise.id(), exercise));
        pages.forEach(page -> pagesById.put(page.id(), page));
        articleSections.forEach(section -> sectionsById.put(section.id(), section));
    }

    public String version() {
        return version;
    }

    public String checksum() {
        return checksum;
    }

    /** When the library's content was last reviewed, by whom and against what. */
    public Review review() {
        return review;
    }

    /** Every item in the library's canonical order. */
    public List<Exercise> exercises() {
        return exercises;
    }

    public List<EducationPage> pages() {
        return pages;
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercisesById.get(id));
    }

    public Optional<EducationPage> page(String id) {
        return Optional.ofNullable(pagesById.get(id));
    }

    public Optional<ArticleSection> articleSection(String id) {
        return Optional.ofNullable(sectionsById.get(id));
    }
}
