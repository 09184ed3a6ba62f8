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

    record ExercisesFile(String version, List<Exercise> exercises) {
    }

    record EducationFile(String version, List<EducationPage> pages) {
    }
}
