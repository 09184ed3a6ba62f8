package org.spinewise.therapy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spinewise.library.Exercise;
import org.spinewise.screening.Rule;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.RuleBooks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The heat and cold coach. The timer runs in the browser; its limits come
 * from the library's therapy items, the single source of those numbers.
 */
@Controller
class TherapyPageController {

    /** The questionnaire's answers that say a person is pregnant (contract ids). */
    private static final List<String> PREGNANCY_ANSWERS = List.of("pregnant", "pregnancy_warning_signs");

    private final RuleBooks books;
    private final Exercise cold;
    private final List<String> pregnancyRules;

    TherapyPageController(RuleBook rules, RuleBooks books) {
        this.books = books;
        this.cold = rules.coldTherapy();
        // Without it the coach would let cold sessions follow each other with no rest at all.
        Objects.requireNonNull(
                cold.therapy().restBetweenMinutes(),
                "the cold therapy needs therapy.restBetweenMinutes in the library: the coach enforces it");
        this.pregnancyRules = rulesThatMeanPregnant(rules);
        if (pregnancyRules.isEmpty()) {
            throw new IllegalStateException(
                    "no rule fires on a pregnancy answer: the coach could not show the pregnancy caution");
        }
    }

    @GetMapping("/therapy")
    String coach(@RequestParam(required = false) String kind, Model model, Locale locale) {
        RuleBook shown = books.in(locale);
        model.addAttribute("heat", shown.heatTherapy());
        model.addAttribute("cold", shown.coldTherapy());
        model.addAttribute("recommended", "COLD".equals(kind) ? "COLD" : "HEAT".equals(kind) ? "HEAT" : null);
        model.addAttribute("pregnancyRules", String.join(" ", pregnancyRules));
        return "therapy/coach";
    }

    /**
     * The browser keeps only the ids of the rules a screening fired, not its answers. A rule that
     * can fire with every other answer, condition, age and pain, but not without a pregnancy answer,
     * fired only because the person said pregnant.
     */
    static List<String> rulesThatMeanPregnant(RuleBook rules) {
        Map<String, Integer> bits = rules.questionBits();
        long pregnant = PREGNANCY_ANSWERS.stream()
                .filter(bits::containsKey)
                .mapToLong(id -> 1L << Objects.requireNonNull(bits.get(id)))
                .reduce(0L, (a, b) -> a | b);
        long everyAnswer = (1L << rules.questions().size()) - 1;
        long everyCondition = (1L << rules.conditions().size()) - 1;
        int youngest = 1;
        int worstPain = 10;
        double longest = Double.MAX_VALUE;
        return rules.rules().stream()
                .filter(rule -> rule.trigger().fires(everyAnswer, everyCondition, youngest, worstPain, longest)
                        && !rule.trigger().fires(everyAnswer & ~pregnant, everyCondition, youngest, worstPain, longest))
                .map(Rule::id)
                .toList();
    }
}
