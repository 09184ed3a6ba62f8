package org.spinewise.library.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spinewise.datafile.ContentReview;
import org.spinewise.datafile.DataFile;
import org.spinewise.datafile.TextOverlay;
import org.spinewise.datafile.Violations;
import org.spinewise.library.ArticleSection;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.EducationPage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Review;
import org.spinewise.library.Source;
import org.spinewise.library.data.LibraryFiles.ArticleFile;
import org.spinewise.library.data.LibraryFiles.EducationFile;
import org.spinewise.library.data.LibraryFiles.ExercisesFile;

/**
 * Reads and validates the library's three content files. Any problem stops
 * the load with every offending field named.
 */
public final class LibraryLoader {

    public static final String ARTICLE = "library/article.yaml";
    public static final String EXERCISES = "library/exercises.yaml";
    public static final String EDUCATION = "library/education.yaml";

    /** Files cite a section by id alone (or a guideline); the heading is filled in from the article. */
    private static final Map<Class<?>, Class<?>> CITATION = Map.of(Source.class, CitationMixIn.class);

    /** What a person reads in an exercise; ids, doses' numbers, limits and citations stay in the file alone. */
    public static final TextOverlay EXERCISE_TEXTS = new TextOverlay(
            Set.of(
                    "name",
                    "summary",
                    "startingPosition",
                    "steps",
                    "breathing",
                    "cautions",
                    "origin",
                    "pregnancyCaution"),
            Set.of());

    /** What a person reads in an education page; search keywords are translated as whole lists. */
    public static final TextOverlay EDUCATION_TEXTS =
            new TextOverlay(Set.of("title", "summary", "heading", "paragraphs", "bullets"), Set.of("keywords"));

    private LibraryLoader() {}

    public static Library load() {
        return load(ARTICLE, EXERCISES, EDUCATION);
    }

    /** The library in Spanish: each file's texts from its Spanish companion, everything else from the file. */
    public static Library loadSpanish() {
        return load(ARTICLE, EXERCISES, EDUCATION, ContentLanguage.SPANISH);
    }

    public static Library load(String articleFile, String exercisesFile, String educationFile) {
        return load(articleFile, exercisesFile, educationFile, ContentLanguage.ENGLISH);
    }

    /**
     * @param language for Spanish, each file's {@code .es.yaml} companion supplies the texts; the article's
     *                 section headings are cited as sources and stay in English
     */
    public static Library load(
            String articleFile, String exercisesFile, String educationFile, ContentLanguage language) {
        DataFile<ArticleFile> article = DataFile.read(articleFile, ArticleFile.class);
        List<ArticleSection> sections = validateArticle(article);
        var headings = sections.stream().collect(Collectors.toMap(ArticleSection::id, ArticleSection::heading));

        DataFile<ExercisesFile> exercises = read(exercisesFile, ExercisesFile.class, language, EXERCISE_TEXTS);
        List<Exercise> validExercises = validateExercises(exercises, headings);
        Set<String> exerciseIds = validExercises.stream().map(Exercise::id).collect(Collectors.toSet());

        DataFile<EducationFile> education = read(educationFile, EducationFile.class, language, EDUCATION_TEXTS);
        List<EducationPage> pages = EducationChecks.validate(education, headings, exerciseIds);

        Review exercisesReview = validateReview(exercises.content().review(), exercises.location());
        Review educationReview = validateReview(education.content().review(), education.location());
        // The library as a whole is only as current as its least recently reviewed file.
        Review oldest = exercisesReview.on().isAfter(educationReview.on()) ? educationReview : exercisesReview;

        return new Library(
                exercises.content().version() + "/" + education.content().version(),
                DataFile.combinedDigest(article, exercises, education),
                oldest,
                validExercises,
                pages,
                sections);
    }

    private static <T> DataFile<T> read(String location, Class<T> type, ContentLanguage language, TextOverlay texts) {
        return language == ContentLanguage.SPANISH
                ? DataFile.readTranslated(location, ContentLanguage.spanishFile(location), texts, type, CITATION)
                : DataFile.read(location, type, CITATION);
    }

    private static Review validateReview(ContentReview review, String file) {
        var check = new Violations(file);
        LocalDate on = ContentReview.validate(review, "review", check);
        check.throwIfAny();
        return new Review(review.by(), Objects.requireNonNull(on, "checked above"), review.against());
    }

    private static List<ArticleSection> validateArticle(DataFile<ArticleFile> file) {
        var check = new Violations(file.location());
        var seen = Violations.newIdSet();
        List<ArticleSection> sections = file.content().sections();
        if (check.required(sections, "sections")) {
            for (int i = 0; i < sections.size(); i++) {
                String path = "sections[" + i + "]";
                check.text(sections.get(i).id(), path + ".id");
                check.text(sections.get(i).heading(), path + ".heading");
                check.unique(sections.get(i).id(), seen, path + ".id");
            }
        }
        check.throwIfAny();
        return sections;
    }

    private static List<Exercise> validateExercises(DataFile<ExercisesFile> file, Map<String, String> headings) {
        var check = new Violations(file.location());
        check.text(file.content().version(), "version");
        List<Exercise> exercises = file.content().exercises();
        List<Exercise> result = new ArrayList<>();
        if (check.required(exercises, "exercises")) {
            var seen = Violations.newIdSet();
            for (int i = 0; i < exercises.size(); i++) {
                Exercise exercise = exercises.get(i);
                String path = "exercises[" + i + "]";
                ExerciseChecks.validate(exercise, path, check);
                check.unique(exercise.id(), seen, path + ".id");
                result.add(withHeading(exercise, headings, path, check));
            }
        }
        check.throwIfAny();
        return result;
    }

    private static Exercise withHeading(
            Exercise exercise, Map<String, String> headings, String path, Violations check) {
        Source source = resolve(exercise.source(), headings, path + ".source", check);
        return new Exercise(
                exercise.id(),
                exercise.name(),
                exercise.category(),
                exercise.position(),
                exercise.movement(),
                exercise.summary(),
                exercise.startingPosition(),
                exercise.steps(),
                exercise.breathing(),
                withPregnancyCaution(exercise),
                exercise.dose(),
                exercise.therapy(),
                exercise.warmUp(),
                source);
    }

    /** The pregnancy caution is written once, with the therapy's limits, and listed with the other cautions. */
    private static List<String> withPregnancyCaution(Exercise exercise) {
        if (exercise.therapy() == null
                || exercise.therapy().pregnancyCaution() == null
                || exercise.cautions() == null) {
            return exercise.cautions();
        }
        List<String> cautions = new ArrayList<>(exercise.cautions());
        cautions.add(exercise.therapy().pregnancyCaution());
        return Collections.unmodifiableList(cautions); // not List.copyOf: a null caution is reported, not thrown
    }

    /** The citation with its heading; a missing one is recorded and stands in until the load fails. */
    static Source resolve(@Nullable Source source, Map<String, String> headings, String path, Violations check) {
        if (source == null) {
            check.required(null, path);
            return Source.cited(null, null);
        }
        if ((source.section() == null) == (source.guideline() == null)) {
            check.add(path, "needs exactly one of section (an article section id) or guideline (a guideline's name)");
            return source;
        }
        if (source.guideline() != null) {
            check.text(source.guideline(), path + ".guideline");
            return source;
        }
        check.oneOf(source.section(), headings.keySet(), path + ".section");
        return source.withHeading(headings.get(Objects.requireNonNull(source.section())));
    }
}
