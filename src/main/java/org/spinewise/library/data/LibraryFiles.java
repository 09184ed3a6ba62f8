package org.spinewise.library.data;

import java.util.List;

import org.spinewise.datafile.ContentReview;
import org.spinewise.library.ArticleSection;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;

/** The shapes of the library's content files, as written in YAML. */
final class LibraryFiles {

    private LibraryFiles() {}

    record ArticleFile(String title, String publisher, List<ArticleSection> sections) {}

    record ExercisesFile(String version, ContentReview review, List<Exercise> exercises) {}

    record EducationFile(String version, ContentReview review, List<EducationPage> pages) {}
}
