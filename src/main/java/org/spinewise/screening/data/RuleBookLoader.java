package org.spinewise.screening.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.datafile.ContentReview;
import org.spinewise.datafile.DataFile;
import org.spinewise.datafile.TextOverlay;
import org.spinewise.datafile.Violations;
import org.spinewise.library.ArticleSection;
import org.spinewise.library.Category;
import org.spinewise.library.ContentLanguage;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import org.spinewise.library.Review;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.Question;
import org.spinewise.screening.Rule;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.Trigger;
import org.spinewise.screening.data.RulesFile.RuleEntry;

/**
 * Reads and validates {@code screening/rules.yaml} against the library it
 * refers to (therapy items, article sections).
 */
public final class RuleBookLoader {

    public static final String RULES = "screening/rules.yaml";

    private static final Pattern RULE_ID = Pattern.compile("R-[A-Z0-9_-]+");
    private static final String ARTICLE_PREFIX = "article:";
    private static final String NO_CRACKING = "NO_CRACKING";
    private static final String NO_SELF_GUIDED_EXERCISE = "NO_SELF_GUIDED_EXERCISE";
    private static final String AVOID = "AVOID_";

    /** What a person reads; the rules' conditions, dispositions, restrictions and sources stay in the file. */
    public static final TextOverlay TEXTS = new TextOverlay(
            Set.of("title", "text", "label", "headline", "heading", "action", "sign", "message"), Set.of());

    private RuleBookLoader() {}

    public static RuleBook load(Library library) {
        return load(RULES, library);
    }

    /** The rule book in Spanish: its texts from {@code rules.es.yaml}, its rules and limits from the file. */
    public static RuleBook loadSpanish(Library library) {
        return load(RULES, library, ContentLanguage.SPANISH);
    }

    public static RuleBook load(String location, Library library) {
        return load(location, library, ContentLanguage.ENGLISH);
    }

    /** @param language for Spanish, the file's {@code .es.yaml} companion supplies every text a person reads */
    public static RuleBook load(String location, Library library, ContentLanguage language) {
        DataFile<RulesFile> file = language == ContentLanguage.SPANISH
                ? DataFile.readTranslated(
                        location, ContentLanguage.spanishFile(location), TEXTS, RulesFile.class, Map.of())
                : DataFile.read(location, RulesFile.class);
        RulesFile rules = file.content();
        var check = new Violations(location);
        check.text(rules.version(), "version");
        LocalDate reviewed = ContentReview.validate(rules.review(), "review", check);
        QuestionnaireChecks.validate(rules, check);
        Map<Disposition, DispositionAdvice> advice = DispositionTexts.validated(rules.dispositions(), check);
        check.throwIfAny();

        Map<String, Integer> questionBits =
                RuleBook.bitIndex(rules.questions().stream().map(Question::id).toList());
        Map<String, Integer> conditionBits = RuleBook.bitIndex(
                rules.conditions().stream().map(DiagnosedCondition::id).toList());
        var parser = new TriggerParser(questionBits, conditionBits);
        List<Rule> compiled = compileRules(rules.rules(), parser, library, check);
        checkEveryIdIsUsed(compiled, questionBits, conditionBits, check);
        Exercise cold = therapy(
                library, rules.therapy() == null ? null : rules.therapy().cold(), "therapy.cold", check);
        Exercise heat = therapy(
                library, rules.therapy() == null ? null : rules.therapy().heat(), "therapy.heat", check);
        if (check.required(rules.therapy(), "therapy")) {
            check.check(rules.therapy().coldBelowOnsetHours() > 0, "therapy.coldBelowOnsetHours", "must be above 0");
        }
        check.throwIfAny();
        var review = new Review(
                rules.review().by(),
                Objects.requireNonNull(reviewed),
                rules.review().against());
        return new RuleBook(
                rules.version(),
                file.sha256(),
                review,
                rules.groups(),
                rules.questions(),
                rules.conditions(),
                compiled,
                advice,
                rules.therapy().coldBelowOnsetHours(),
                Objects.requireNonNull(cold),
                Objects.requireNonNull(heat));
    }

    private static List<Rule> compileRules(
            List<RuleEntry> entries, TriggerParser parser, Library library, Violations check) {
        List<Rule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            RuleEntry entry = entries.get(i);
            String path = "rules[" + i + "]";
            check.check(
                    entry.id() != null && RULE_ID.matcher(entry.id()).matches(),
                    path + ".id",
                    "must look like R-SOMETHING");
            check.unique(entry.id(), ids, path + ".id");
            check.text(entry.message(), path + ".message");
            DispositionTexts.checkSign(entry, path, check);
            Trigger trigger = null;
            try {
                trigger = parser.parse(entry.when());
            } catch (IllegalArgumentException e) {
                check.add(path + ".when", String.valueOf(e.getMessage()));
            }
            String source = source(entry.source(), library, path + ".source", check);
            @Nullable Rule rule = trigger == null ? null : restrictions(entry, trigger, source, path, check);
            if (rule != null && trigger != null) {
                check.check(
                        rule.disposition() != null
                                || rule.forbidsCracking()
                                || rule.stopsSelfGuidedExercise()
                                || !rule.avoidsMovements().isEmpty()
                                || !rule.avoidsPositions().isEmpty(),
                        path,
                        "a rule needs a disposition or at least one restriction");
                compiled.add(rule);
            }
        }
        return compiled;
    }

    private static @Nullable Rule restrictions(
            RuleEntry entry, Trigger trigger, String source, String path, Violations check) {
        if (!check.required(entry.restricts(), path + ".restricts")) {
            return null;
        }
        boolean cracking = false;
        boolean selfGuided = false;
        Set<Movement> movements = EnumSet.noneOf(Movement.class);
        Set<Position> positions = EnumSet.noneOf(Position.class);
        for (int r = 0; r < entry.restricts().size(); r++) {
            String token = String.valueOf(entry.restricts().get(r));
            if (token.equals(NO_CRACKING)) {
                cracking = true;
            } else if (token.equals(NO_SELF_GUIDED_EXERCISE)) {
                selfGuided = true;
            } else if (token.startsWith(AVOID) && isMovement(token.substring(AVOID.length()))) {
                movements.add(Movement.valueOf(token.substring(AVOID.length())));
            } else if (token.startsWith(AVOID) && isPosition(token.substring(AVOID.length()))) {
                positions.add(Position.valueOf(token.substring(AVOID.length())));
            } else {
                check.add(
                        path + ".restricts[" + r + "]",
                        "'" + token + "' is not NO_CRACKING, "
                                + "NO_SELF_GUIDED_EXERCISE, AVOID_<movement> or AVOID_<position>");
            }
        }
        return new Rule(
                entry.id(),
                trigger,
                entry.disposition(),
                entry.sign(),
                entry.message(),
                source,
                cracking,
                selfGuided,
                movements,
                positions);
    }

    private static boolean isMovement(String name) {
        return EnumSet.allOf(Movement.class).stream().anyMatch(m -> m.name().equals(name));
    }

    private static boolean isPosition(String name) {
        return EnumSet.allOf(Position.class).stream()
                .anyMatch(p -> p != Position.ANY && p.name().equals(name));
    }

    private static String source(String source, Library library, String path, Violations check) {
        check.text(source, path);
        if (source == null || !source.startsWith(ARTICLE_PREFIX)) {
            return source;
        }
        String section = source.substring(ARTICLE_PREFIX.length());
        return library.articleSection(section)
                .map(ArticleSection::heading)
                .map(heading -> "Spine clinic article, section \"" + heading + "\"")
                .orElseGet(() -> {
                    check.add(path, "'" + section + "' is not a section of library/article.yaml");
                    return source;
                });
    }

    private static void checkEveryIdIsUsed(
            List<Rule> rules, Map<String, Integer> questionBits, Map<String, Integer> conditionBits, Violations check) {
        long answers = 0;
        long conditions = 0;
        for (Rule rule : rules) {
            answers |= rule.trigger().answerBits();
            conditions |= rule.trigger().conditionBits();
        }
        unused(questionBits, answers).forEach(id -> check.add("questions", "'" + id + "' fires no rule"));
        unused(conditionBits, conditions).forEach(id -> check.add("conditions", "'" + id + "' fires no rule"));
    }

    private static List<String> unused(Map<String, Integer> bits, long used) {
        return bits.entrySet().stream()
                .filter(entry -> (used & (1L << entry.getValue())) == 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static @Nullable Exercise therapy(
            Library library, @Nullable String exerciseId, String path, Violations check) {
        if (exerciseId == null) {
            check.required(null, path);
            return null;
        }
        Exercise exercise = library.exercise(exerciseId).orElse(null);
        check.check(
                exercise != null && exercise.category() == Category.THERAPY,
                path,
                "'" + exerciseId + "' is not a therapy of the library");
        return exercise;
    }
}
