package org.spinewise.screening.web;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.library.Localized;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.QuestionGroup;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.RuleBooks;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.spinewise.screening.json.ScreeningResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The questionnaire and its evaluation. Stores nothing. */
@JsonApiController("/api/v1")
class ScreeningController {

    private final ScreeningEngine engine;
    private final ScreeningRequestReader reader;
    private final RuleBooks books;
    private final Localized<Questionnaire> questionnaires;

    ScreeningController(ScreeningEngine engine, ScreeningRequestReader reader, RuleBooks books) {
        this.engine = engine;
        this.reader = reader;
        this.books = books;
        this.questionnaires = books.localized().map(Questionnaire::of);
    }

    @GetMapping("/screening/questions")
    Questionnaire questions(Locale locale) {
        return questionnaires.in(locale);
    }

    @PostMapping(path = "/screenings", consumes = "!application/x-www-form-urlencoded")
    ScreeningResponse screen(InputStream body, Locale locale) {
        JsonFields fields = JsonBody.parseObject(body);
        ScreeningInput input = reader.read(fields);
        fields.throwIfInvalid();
        var result = engine.evaluate(Objects.requireNonNull(input)); // valid: the reader answered
        return ScreeningResponse.of(books.show(result, locale));
    }

    /**
     * The question list of the contract, with the groups and the condition
     * ids a client needs to build the form.
     */
    record Questionnaire(
            List<QuestionView> items,
            List<QuestionGroup> groups,
            List<DiagnosedCondition> conditions,
            String rulesVersion) {

        static Questionnaire of(RuleBook book) {
            return new Questionnaire(
                    book.questions().stream()
                            .map(q -> new QuestionView(q.id(), q.text(), q.group()))
                            .toList(),
                    book.groups(),
                    book.conditions(),
                    book.version());
        }
    }

    record QuestionView(String id, String text, String group) {}
}
