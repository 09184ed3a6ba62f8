package org.spinewise.journal.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.FormErrors;
import org.spinewise.api.PathId;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.journal.Crack;
import org.spinewise.journal.Cracks;
import org.spinewise.journal.web.JournalViews.AdviceNote;
import org.spinewise.journal.web.JournalViews.CrackRow;
import org.spinewise.journal.web.JournalViews.CracksPage;
import org.spinewise.journal.web.JournalViews.Technique;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cracking log page ({@code /me/cracks}): log a crack and read the advice it earns, list and delete the
 * last two weeks' cracks. The form is checked by {@link Cracks#problems}, as the API's requests are; a
 * rejected form answers 400 with a message next to each offending field and logs nothing.
 */
@Controller
@RequestMapping("/me/cracks")
@RequiredArgsConstructor
class CrackPageController {

    private static final Pattern LOCAL_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    private final Cracks cracks;
    private final Libraries libraries;

    @GetMapping
    String show(@SignedIn SignedInPerson person, Model model) {
        @SuppressWarnings("unchecked")
        List<AdviceNote> advice = (List<AdviceNote>) model.getAttribute("advice");
        @Nullable String logged = (String) model.getAttribute("logged");
        @Nullable String removed = (String) model.getAttribute("removed");
        var form = new CrackForm("", "", cracks.techniques().get(0), "false", "false");
        CracksPage page =
                page(person, values(person, form), Map.of(), advice == null ? List.of() : advice, logged, removed);
        model.addAttribute("page", page);
        return "journal/cracks";
    }

    @PostMapping
    String log(
            @SignedIn SignedInPerson person,
            @ModelAttribute CrackForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ZoneId zone = person.timeZone();
        Instant at = form.now() ? null : instant(form.at().trim(), zone);
        if (!form.now() && at == null) {
            FormErrors.reject(result, Cracks.AT, Messages.t("cracks.error.at"));
        }
        Boolean forced = bool(form.forced());
        if (forced == null) {
            FormErrors.reject(result, "forced", Messages.t("cracks.error.forced"));
        }
        Boolean painful = bool(form.painful());
        if (painful == null) {
            FormErrors.reject(result, "painful", Messages.t("cracks.error.painful"));
        }
        for (FieldError problem : cracks.problems(at, form.technique())) {
            FormErrors.reject(
                    result,
                    problem.field(),
                    Cracks.AT.equals(problem.field())
                            ? Messages.t("cracks.error.future", zone.getId())
                            : Messages.t("cracks.error.technique"));
        }
        if (!result.hasErrors()) {
            // no errors: bool() read both
            Cracks.Logged logged = cracks.log(
                    person.accountId(),
                    zone,
                    at,
                    form.technique(),
                    Objects.requireNonNull(forced),
                    Objects.requireNonNull(painful));
            redirect.addFlashAttribute(
                    "advice", new ArrayList<>(CrackAdviceNotes.of(logged, cracks, person.accountId(), zone)));
            redirect.addFlashAttribute("logged", label(logged.crack().at(), zone));
            return "redirect:/me/cracks";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        var shownAgain = form.now() ? new CrackForm("", "", form.technique(), form.forced(), form.painful()) : form;
        model.addAttribute(
                "page", page(person, values(person, shownAgain), FormErrors.byField(result), List.of(), null, null));
        return "journal/cracks";
    }

    @PostMapping("/{id}/delete")
    String delete(@SignedIn SignedInPerson person, @PathId("crack") UUID id, RedirectAttributes redirect) {
        Crack crack = cracks.find(person.accountId(), id) // another person's: as missing
                .orElseThrow(() -> new ResourceNotFoundException("crack", id.toString()));
        cracks.delete(person.accountId(), id);
        redirect.addFlashAttribute("removed", label(crack.at(), person.timeZone()));
        return "redirect:/me/cracks";
    }

    private CracksPage page(
            SignedInPerson person,
            Map<String, String> values,
            Map<String, String> errors,
            List<AdviceNote> advice,
            @Nullable String logged,
            @Nullable String removed) {
        ZoneId zone = person.timeZone();
        LocalDate today = LocalDate.ofInstant(cracks.now(), zone);
        List<CrackRow> recent = cracks.list(person.accountId(), zone, JournalPages.recentFrom(today), null).stream()
                .sorted(Comparator.comparing(Crack::at).reversed())
                .map(crack -> new CrackRow(
                        crack.id().toString(),
                        label(crack.at(), zone),
                        techniqueName(crack.technique()),
                        crack.forced(),
                        crack.painful()))
                .toList();
        List<Exercise> stretches = library().exercises().stream()
                .filter(e -> e.category() == Category.STRETCH)
                .toList();
        List<Technique> techniques = cracks.techniques().stream()
                .map(id -> new Technique(id, techniqueName(id)))
                .toList();
        return new CracksPage(techniques, stretches, zone, now(zone), values, errors, advice, logged, removed, recent);
    }

    /** The form's values to show: an {@code at} left empty shows now. */
    private Map<String, String> values(SignedInPerson person, CrackForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Cracks.AT, form.at().isEmpty() ? now(person.timeZone()) : form.at());
        values.put(Cracks.TECHNIQUE, form.technique());
        values.put("forced", form.forced());
        values.put("painful", form.painful());
        return values;
    }

    /** Now as a {@code datetime-local} value in the person's time zone. */
    private String now(ZoneId zone) {
        return LOCAL_INPUT.format(LocalDateTime.ofInstant(cracks.now(), zone));
    }

    private String techniqueName(String id) {
        return Crack.OTHER.equals(id)
                ? Messages.t("cracks.otherTechnique")
                : library().exercise(id).map(Exercise::name).orElse(id);
    }

    /** The library in the reader's language: the stretches and techniques are named in it. */
    private Library library() {
        return libraries.in(Messages.locale());
    }

    private static String label(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return JournalPages.shortDay(local) + ", " + TIME.format(local);
    }

    /** A {@code datetime-local} value in the person's time zone, or null when it is not one. */
    private static @Nullable Instant instant(String text, ZoneId zone) {
        if (!LOCAL_TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
