package org.spinewise.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.JsonBody;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Question;
import org.spinewise.screening.QuestionGroup;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The screening page's form: what the person entered, turned into the same
 * request the API reads (so both share one set of rules for valid input),
 * and the field messages shown next to each input.
 */
public record ScreeningForm(
        List<Group> groups,
        List<DiagnosedCondition> conditions,
        List<OnsetChoice> onsets,
        Map<String, String> values,
        Set<String> checkedConditions,
        Map<String, String> errors) {

    static final String ANSWER_PREFIX = "answers.";
    static final String ONSET = "onset";
    static final String YES = "yes";
    static final String NO = "no";
    /** The box a signed-in person ticks to keep this check in their history. */
    static final String KEEP = "keepCheck";

    private static final String FIRST_FIELD = "field-age";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    /** A group of questions as the page shows it. */
    public record Group(QuestionGroup group, List<Question> questions) {}

    /** How long ago the episode began, in words a person can answer. */
    public record OnsetChoice(String key, @Nullable Double hours) {

        /** The choice in the reader's language. */
        public String label() {
            return Messages.t("screening.onsetChoice." + key);
        }
    }

    static final List<OnsetChoice> ONSET_CHOICES = List.of(
            new OnsetChoice("today", 6.0),
            new OnsetChoice("yesterday", 30.0),
            new OnsetChoice("days", 96.0),
            new OnsetChoice("weeks", 336.0),
            new OnsetChoice("month", 672.0),
            new OnsetChoice("unsure", null));

    static ScreeningForm blank(RuleBook book) {
        return new ScreeningForm(groups(book), book.conditions(), ONSET_CHOICES, Map.of(), Set.of(), Map.of());
    }

    static ScreeningForm filled(RuleBook book, MultiValueMap<String, String> params, List<FieldError> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        List<String> conditions = params.getOrDefault("conditions", List.of());
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(error -> messages.putIfAbsent(formField(error.field()), friendly(error.field())));
        return new ScreeningForm(
                groups(book), book.conditions(), ONSET_CHOICES, values, Set.copyOf(conditions), messages);
    }

    /** The API request this form stands for; a value of the wrong kind stays text, so the reader names it. */
    static ObjectNode toRequest(MultiValueMap<String, String> params, RuleBook book) {
        ObjectNode request = JsonBody.newObject();
        putWholeNumber(request, "age", params.getFirst("age"));
        putWholeNumber(request, "painLevel", params.getFirst("painLevel"));
        ArrayNode conditions = request.putArray("conditions");
        params.getOrDefault("conditions", List.of()).forEach(conditions::add);
        String onset = params.getFirst(ONSET);
        if (onset != null && !onset.isEmpty()) {
            ONSET_CHOICES.stream()
                    .filter(choice -> choice.key().equals(onset))
                    .findFirst()
                    .ifPresentOrElse(
                            choice -> {
                                if (choice.hours() != null) {
                                    request.put("onsetHours", choice.hours());
                                }
                            },
                            () -> request.put("onsetHours", onset));
        }
        ObjectNode answers = request.putObject("answers");
        for (Question question : book.questions()) {
            String answer = params.getFirst(ANSWER_PREFIX + question.id());
            if (YES.equals(answer) || NO.equals(answer)) {
                answers.put(question.id(), YES.equals(answer));
            } else if (answer != null) {
                answers.put(question.id(), answer);
            }
        }
        return request;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name, String value) {
        return value.equals(values.get(name));
    }

    public @Nullable String error(String name) {
        return errors.get(name);
    }

    /**
     * One line of the error summary: the field it links to (an input's id, so that following the link
     * focuses it) and what it says (a question's own text, so that 21 unanswered questions read as 21
     * different lines, not one message 21 times).
     */
    public record SummaryEntry(String target, String text) {}

    /** Each field with a problem, for the summary's links. */
    public List<SummaryEntry> summary() {
        List<SummaryEntry> entries = new ArrayList<>();
        errors.forEach((field, message) -> entries.add(entry(field, message)));
        return entries;
    }

    private SummaryEntry entry(String field, String message) {
        if (field.startsWith(ANSWER_PREFIX)) {
            String id = field.substring(ANSWER_PREFIX.length());
            return groups.stream()
                    .flatMap(group -> group.questions().stream())
                    .filter(question -> question.id().equals(id))
                    .findFirst()
                    .map(question -> new SummaryEntry(question.id(), question.text()))
                    .orElse(new SummaryEntry(FIRST_FIELD, message));
        }
        String target = switch (field) {
            case "painLevel" -> "pain-0";
            case ONSET -> "onset-" + ONSET_CHOICES.get(0).key();
            default ->
                field.startsWith("conditions") && !conditions.isEmpty()
                        ? "condition-" + conditions.get(0).id()
                        : FIRST_FIELD;
        };
        return new SummaryEntry(target, message);
    }

    private static void putWholeNumber(ObjectNode request, String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String trimmed = text.trim();
        if (WHOLE_NUMBER.matcher(trimmed).matches()) {
            request.put(name, Integer.parseInt(trimmed));
        } else {
            request.put(name, trimmed);
        }
    }

    private static String formField(String apiField) {
        return apiField.equals("onsetHours") ? ONSET : apiField;
    }

    private static String friendly(String apiField) {
        if (apiField.startsWith(ANSWER_PREFIX)) {
            return Messages.t("screening.fieldError.answer");
        }
        return switch (apiField) {
            case "age", "painLevel", "conditions", "onsetHours" -> Messages.t("screening.fieldError." + apiField);
            default -> Messages.t("screening.fieldError.other");
        };
    }

    private static List<Group> groups(RuleBook book) {
        return book.groups().stream()
                .map(group -> new Group(
                        group,
                        book.questions().stream()
                                .filter(question -> question.group().equals(group.id()))
                                .toList()))
                .toList();
    }
}
