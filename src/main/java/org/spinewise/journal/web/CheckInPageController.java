package org.spinewise.journal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.FormErrors;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.spinewise.journal.web.JournalViews.CheckInPage;
import org.spinewise.journal.web.JournalViews.CheckInRow;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The daily check-in page ({@code /me/checkin}): the form for one day and the last two weeks. The form is
 * checked by {@link CheckIns#problems}, as the API's requests are; a rejected form answers 400 with a
 * message next to each offending field and stores nothing.
 */
@Controller
@RequestMapping("/me/checkin")
@RequiredArgsConstructor
class CheckInPageController {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,6}([.,]\\d{0,6})?|[.,]\\d{1,6})");

    private final CheckIns checkIns;

    @GetMapping
    String show(
            @SignedIn SignedInPerson person,
            @RequestParam(name = "day", required = false) @Nullable String dayText,
            @RequestParam(name = "saved", required = false) @Nullable String saved,
            Model model,
            HttpServletResponse response) {
        LocalDate today = checkIns.today(person.timeZone());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = today;
        if (dayText != null && !dayText.isBlank()) {
            String problem = dayProblem(dayText.trim(), person.timeZone(), today);
            if (problem == null) {
                day = LocalDate.parse(dayText.trim());
            } else {
                errors.put(CheckIns.DAY, problem);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        var stored = checkIns.find(person.accountId(), day);
        boolean justSaved = saved != null && errors.isEmpty();
        model.addAttribute(
                "page", page(person, day, today, stored.isPresent(), justSaved, values(stored.orElse(null)), errors));
        return "journal/checkin";
    }

    @PostMapping
    String save(
            @SignedIn SignedInPerson person,
            @ModelAttribute CheckInForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        ZoneId zone = person.timeZone();
        LocalDate today = checkIns.today(zone);
        String note = form.cleanNote();
        @Nullable LocalDate day = today;
        if (!form.day().isBlank()) {
            String problem = dayProblem(form.day().trim(), zone, today);
            day = problem == null ? LocalDate.parse(form.day().trim()) : null;
            if (problem != null) {
                FormErrors.reject(result, CheckIns.DAY, problem);
            }
        }
        var entry = new CheckIns.Entry(
                day,
                wholeNumber(form.pain(), CheckIns.PAIN, note, result),
                wholeNumber(form.stiffness(), CheckIns.STIFFNESS, note, result),
                decimal(form.sittingHours(), CheckIns.SITTING_HOURS, note, result),
                note.isBlank() ? null : note);
        for (FieldError problem : checkIns.problems(entry, zone)) {
            FormErrors.reject(result, problem.field(), message(problem.field(), note, today, zone));
        }
        if (!result.hasErrors()) {
            checkIns.put(person.accountId(), zone, entry.checkIn());
            return "redirect:/me/checkin?day=" + day + "&saved";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        LocalDate shown = day == null ? today : day;
        boolean existing = checkIns.find(person.accountId(), shown).isPresent();
        model.addAttribute(
                "page", page(person, shown, today, existing, false, form.values(), FormErrors.byField(result)));
        return "journal/checkin";
    }

    private CheckInPage page(
            SignedInPerson person,
            LocalDate day,
            LocalDate today,
            boolean existing,
            boolean saved,
            Map<String, String> values,
            Map<String, String> errors) {
        List<CheckInRow> recent = checkIns.list(person.accountId(), JournalPages.recentFrom(today), today).stream()
                .sorted(Comparator.comparing(CheckIn::day).reversed())
                .map(CheckInPageController::row)
                .toList();
        return new CheckInPage(
                day,
                JournalPages.longDay(day),
                day.equals(today),
                today,
                person.timeZone(),
                existing,
                saved,
                values,
                errors,
                recent);
    }

    /** A check-in as the list (and the page that asks before deleting it) shows it. */
    static CheckInRow row(CheckIn checkIn) {
        return new CheckInRow(
                checkIn.day(),
                JournalPages.shortDay(checkIn.day()),
                checkIn.pain(),
                checkIn.stiffness(),
                checkIn.sittingHours().stripTrailingZeros().toPlainString(),
                checkIn.note());
    }

    /** The page's message for a day that is not one, or one a check-in cannot be for; null for a fine day. */
    private @Nullable String dayProblem(String text, ZoneId zone, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate day = Days.parse(CheckIns.DAY, text, problems);
        if (day == null) {
            return Messages.t("checkin.error.dayShape", today);
        }
        return checkIns.dayProblem(day, zone).isPresent() ? dayMessage(today, zone) : null;
    }

    private static String dayMessage(LocalDate today, ZoneId zone) {
        return Messages.t("checkin.error.dayFuture", JournalPages.longDay(today), zone.getId());
    }

    /** One message a field, whatever its problem: what a person can do about it. */
    private static String message(String field, String note, LocalDate today, ZoneId zone) {
        return field.equals(CheckIns.DAY) ? dayMessage(today, zone) : valueMessage(field, note);
    }

    private static String valueMessage(String field, String note) {
        return switch (field) {
            case CheckIns.PAIN, CheckIns.STIFFNESS, CheckIns.SITTING_HOURS -> Messages.t("checkin.error." + field);
            case CheckIns.NOTE ->
                Messages.t("checkin.error.note", CheckIn.MAX_NOTE, note.codePointCount(0, note.length()));
            default -> Messages.t("checkin.error.other");
        };
    }

    private static @Nullable Integer wholeNumber(String text, String field, String note, BindingResult result) {
        String value = text.trim();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            return Integer.parseInt(value);
        }
        FormErrors.reject(result, field, valueMessage(field, note));
        return null;
    }

    /** A decimal with a point or a comma; kept as the API keeps a JSON number (through a double). */
    private static @Nullable BigDecimal decimal(String text, String field, String note, BindingResult result) {
        String value = text.trim();
        if (DECIMAL.matcher(value).matches()) {
            return BigDecimal.valueOf(new BigDecimal(value.replace(',', '.')).doubleValue());
        }
        FormErrors.reject(result, field, valueMessage(field, note));
        return null;
    }

    private static Map<String, String> values(@Nullable CheckIn checkIn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CheckIns.PAIN, checkIn == null ? "" : String.valueOf(checkIn.pain()));
        values.put(CheckIns.STIFFNESS, checkIn == null ? "" : String.valueOf(checkIn.stiffness()));
        values.put(
                CheckIns.SITTING_HOURS,
                checkIn == null
                        ? ""
                        : checkIn.sittingHours().stripTrailingZeros().toPlainString());
        values.put(CheckIns.NOTE, checkIn == null || checkIn.note() == null ? "" : checkIn.note());
        return values;
    }
}
