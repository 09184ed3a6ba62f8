package org.spinewise.screening.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PrincipalAccount;
import org.spinewise.screening.CheckKeeping;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.RuleBooks;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningEvaluated;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ObjectNode;

/**
 * The screening form and its result page. The screening stores nothing itself; a signed-in person's check
 * is kept in their history (by the module that listens) only when they tick the page's box.
 */
@Controller
@RequiredArgsConstructor
class ScreeningPageController {

    private final ScreeningEngine engine;
    private final ScreeningRequestReader reader;
    private final RuleBook book;
    private final RuleBooks books;
    private final ApplicationEventPublisher events;
    private final CheckKeeping keeping;

    @GetMapping("/screening")
    String form(@RequestParam(required = false) String after, @Nullable Principal person, Model model, Locale locale) {
        Optional<StopReason> stopped = StopReason.of(after);
        // The box's default is the person's remembered consent; an anonymous person has no box.
        UUID account = PrincipalAccount.idOf(person);
        model.addAttribute("keepCheck", account == null ? null : keeping.consented(account));
        model.addAttribute("form", ScreeningForm.blank(books.in(locale)));
        model.addAttribute("stoppedBecause", stopped.map(StopReason::words).orElse(null));
        model.addAttribute(
                "recheck", stopped.map(reason -> Set.copyOf(reason.questions())).orElse(Set.of()));
        return "screening/form";
    }

    /**
     * @param person who is signed in, named by the account id (as {@code SignedInPerson} is); null for an
     *     anonymous person, whose screening nobody keeps. A plain {@link Principal}, so that this module needs
     *     nothing of the account module.
     */
    @PostMapping(path = "/screening", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String screen(
            @RequestParam MultiValueMap<String, String> params,
            Principal person,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ObjectNode request = ScreeningForm.toRequest(params, book);
        boolean keep = person != null && ScreeningForm.YES.equals(params.getFirst(ScreeningForm.KEEP));
        JsonFields fields = JsonBody.fieldsOf(request);
        ScreeningInput input = reader.read(fields);
        if (input == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", ScreeningForm.filled(books.in(locale), params, fields.errors()));
            model.addAttribute("keepCheck", person == null ? null : keep);
            return "screening/form";
        }
        ScreeningResult result = engine.evaluate(input);
        events.publishEvent(new ScreeningEvaluated(PrincipalAccount.idOf(person), request.toString(), result, keep));
        model.addAttribute("checkKept", person == null ? null : keep);
        // Evaluated and published language-free; only what the page shows is in the reader's language.
        model.addAttribute(
                "view",
                ScreeningResultView.of(
                        books.show(result, locale), books.in(locale).advice(result.disposition()), request.toString()));
        return "screening/result";
    }
}
