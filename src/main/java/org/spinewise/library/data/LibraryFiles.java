package org.spinewise.library.data;

import java.util.List;

import org.spinewise.library.ArticleSection;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;

/** The shapes of the library's content files, as written in YAML. */
final class LibraryFiles {

    private LibraryFiles() {
    }

    record ArticleFile(String title, String publisher, List<ArticleSection> sections) {
    }

    record ExercisesFile(String version, ReviewEntry review, List<Exercise> exercises) {
    }

    record EducationFile(String version, ReviewEntry review, List<EducationPage> pages) {
    }

    /** A file's clinical review; the date stays text here so a bad one is named, not a parse stack trace. */
    record ReviewEntry(String by, String on, String against) {
    }
}
