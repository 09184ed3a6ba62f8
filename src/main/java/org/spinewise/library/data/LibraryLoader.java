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
import org.spinewise.datafile.Violations;
import org.spinewise.library.ArticleSection;
import org.spinewise.library.Category;
import org.spinewise.library.Dose;
import org.spinewise.library.EducationPage;
import org.spinewise.library.EducationSection;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Position;
import org.spinewise.library.Review;
import org.spinewise.library.Source;
import org.spinewise.library.TherapyLimits;
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

    private static final int MAX_SIDES = 2;
    private static final int MAX_COUNT = 20;
    private static final int MAX_SECONDS = 120;
    /** A rest longer than a day would mean cold once a day at most: surely a typo for minutes. */
    private static final int MAX_REST_MINUTES = 24 * 60;

    private LibraryLoader() {}

    public static Library load() {
        return load(ARTICLE, EXERCISES, EDUCATION);
    }

    public static Library load(String articleFile, String exercisesFile, String educationFile) {
        DataFile<ArticleFile> article = DataFile.read(articleFile, ArticleFile.class);
        List<ArticleSection> sections = validateArticle(article);
        var headings = sections.stream().collect(Collectors.toMap(ArticleSection::id, ArticleSection::heading));

        DataFile<ExercisesFile> exercises = DataFile.read(exercisesFile, ExercisesFile.class, CITATION);
        List<Exercise> validExercises = validateExercises(exercises, headings);
        Set<String> exerciseIds = validExercises.stream().map(Exercise::id).collect(Collectors.toSet());

        DataFile<EducationFile> education = DataFile.read(educationFile, EducationFile.class, CITATION);
        List<EducationPage> pages = validatePages(education, headings, exerciseIds);

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
                validateExercise(exercise, path, check);
                check.unique(exercise.id(), seen, path + ".id");
                result.add(withHeading(exercise, headings, path, check));
            }
        }
        check.throwIfAny();
        return result;
    }

    private static void validateExercise(Exercise exercise, String path, Violations check) {
        check.text(exercise.id(), path + ".id");
        check.text(exercise.name(), path + ".name");
        check.required(exercise.category(), path + ".category");
        check.required(exercise.position(), path + ".position");
        check.required(exercise.movement(), path + ".movement");
        check.text(exercise.summary(), path + ".summary");
        check.text(exercise.startingPosition(), path + ".startingPosition");
        check.texts(exercise.steps(), 1, path + ".steps");
        check.text(exercise.breathing(), path + ".breathing");
        check.texts(exercise.cautions(), 1, path + ".cautions");
        boolean therapy = exercise.category() == Category.THERAPY;
        check.check(
                therapy == (exercise.dose() == null),
                path + ".dose",
                therapy ? "must be null for a therapy" : "is required for a stretch or crack technique");
        check.check(
                therapy == (exercise.therapy() != null),
                path + ".therapy",
                therapy ? "is required for a therapy" : "must be null unless the item is a therapy");
        check.check(
                therapy == (exercise.position() == Position.ANY),
                path + ".position",
                therapy ? "a therapy fits every position: use ANY" : "ANY is only for therapies");
        if (exercise.dose() != null) {
            validateDose(exercise.dose(), path + ".dose", check);
        }
        if (exercise.therapy() != null) {
            validateTherapy(exercise.therapy(), path + ".therapy", check);
        }
    }

    private static void validateTherapy(TherapyLimits therapy, String path, Violations check) {
        int max = therapy.maxMinutes();
        check.range(max, 1, 20, path + ".maxMinutes");
        check.range(therapy.defaultMinutes(), 1, max, path + ".defaultMinutes");
        if (therapy.restBetweenMinutes() != null) {
            check.range(therapy.restBetweenMinutes(), 1, MAX_REST_MINUTES, path + ".restBetweenMinutes");
        }
        if (therapy.pregnancyCaution() != null) {
            check.text(therapy.pregnancyCaution(), path + ".pregnancyCaution");
        }
    }

    private static void validateDose(Dose dose, String path, Violations check) {
        check.range(dose.sides(), 1, MAX_SIDES, path + ".sides");
        check.range(dose.reps(), 1, MAX_COUNT, path + ".reps");
        check.range(dose.sets(), 1, MAX_COUNT, path + ".sets");
        check.range(dose.holdSeconds(), 1, MAX_SECONDS, path + ".holdSeconds");
        check.range(dose.restSeconds(), 0, MAX_SECONDS, path + ".restSeconds");
        check.text(dose.origin(), path + ".origin");
        if (dose.setRange() != null) {
            check.check(
                    1 <= dose.setRange().min()
                            && dose.setRange().min() <= dose.setRange().max(),
                    path + ".setRange",
                    "needs 1 <= min <= max");
        }
        List<Integer> byPain = dose.setsByPain();
        if (byPain != null) {
            check.check(
                    byPain.size() == Dose.PAIN_LEVELS,
                    path + ".setsByPain",
                    "needs one value for each pain level 0 to 10, had " + byPain.size());
            for (int pain = 0; pain < byPain.size(); pain++) {
                int sets = byPain.get(pain) == null ? 0 : byPain.get(pain);
                int min = dose.setRange() == null ? 1 : dose.setRange().min();
                int max = dose.setRange() == null ? MAX_COUNT : dose.setRange().max();
                check.range(sets, min, max, path + ".setsByPain[" + pain + "]");
                check.check(
                        pain == 0 || byPain.get(pain - 1) == null || sets <= byPain.get(pain - 1),
                        path + ".setsByPain[" + pain + "]",
                        "must not rise with pain");
            }
        }
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

    private static List<EducationPage> validatePages(
            DataFile<EducationFile> file, Map<String, String> headings, Set<String> exerciseIds) {
        var check = new Violations(file.location());
        check.text(file.content().version(), "version");
        List<EducationPage> pages = file.content().pages();
        List<EducationPage> result = new ArrayList<>();
        if (check.required(pages, "pages")) {
            var seen = Violations.newIdSet();
            for (int i = 0; i < pages.size(); i++) {
                EducationPage page = pages.get(i);
                String path = "pages[" + i + "]";
                check.text(page.id(), path + ".id");
                check.unique(page.id(), seen, path + ".id");
                check.text(page.title(), path + ".title");
                check.text(page.summary(), path + ".summary");
                check.texts(page.keywords(), 1, path + ".keywords");
                validateSections(page.sections(), path + ".sections", check);
                if (check.required(page.relatedExercises(), path + ".relatedExercises")) {
                    for (int r = 0; r < page.relatedExercises().size(); r++) {
                        check.oneOf(page.relatedExercises().get(r), exerciseIds, path + ".relatedExercises[" + r + "]");
                    }
                }
                Source source = resolve(page.source(), headings, path + ".source", check);
                result.add(new EducationPage(
                        page.id(),
                        page.title(),
                        page.summary(),
                        page.sections(),
                        page.keywords(),
                        page.relatedExercises(),
                        source));
            }
        }
        check.throwIfAny();
        return result;
    }

    private static void validateSections(List<EducationSection> sections, String path, Violations check) {
        if (!check.required(sections, path)) {
            return;
        }
        check.check(!sections.isEmpty(), path, "needs at least one section");
        for (int s = 0; s < sections.size(); s++) {
            EducationSection section = sections.get(s);
            check.text(section.heading(), path + "[" + s + "].heading");
            check.texts(section.paragraphs(), 1, path + "[" + s + "].paragraphs");
            check.texts(section.bullets(), 0, path + "[" + s + "].bullets");
        }
    }

    /** The citation with its heading; a missing one is recorded and stands in until the load fails. */
    private static Source resolve(
            @Nullable Source source, Map<String, String> headings, String path, Violations check) {
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
