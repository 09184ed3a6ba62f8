package org.spinewise.library;

import java.util.List;

/** A page explaining one of the article's other sections in the project's own words. */
public record EducationPage(
        String id,
        String title,
        String summary,
        List<EducationSection> sections,
        List<String> keywords,
        List<String> relatedExercises,
        Source source) {}
