package org.spinewise.journal.web;

import java.math.BigDecimal;
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
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.spinewise.journal.Crack;
import org.spinewise.journal.Cracks;
import org.spinewise.journal.web.JournalViews.AdviceNote;
import org.spinewise.journal.web.JournalViews.CheckInPage;
import org.spinewise.journal.web.JournalViews.CheckInRow;
import org.spinewise.journal.web.JournalViews.CrackRow;
import org.spinewise.journal.web.JournalViews.CracksPage;
import org.spinewise.journal.web.JournalViews.Technique;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed-in person's journal pages: the daily check-in ({@code /me/checkin}) and the cracking log
 * ({@code /me/cracks}). They use the same services, and the check-in the same field reading, as the API;
 * a rejected form answers 400 with a message next to each offending field and stores nothing.
 */
@Controller
@RequestMapping("/me")
class JournalPageController {

    /** How many days of check-ins and cracks the pages list, today included. */
    static final int RECENT_DAYS = 14;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,6}([.,]\\d{0,6})?|[.,]\\d{1,6})");
    private static final Pattern LOCAL_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    private final CheckIns checkIns;
    private final Cracks cracks;
    private final Library library;

    JournalPageController(CheckIns checkIns, Cracks cracks, Library library) {
        this.checkIns = checkIns;
        this.cracks = cracks;
        this.library = library;
    }

    // ---------------------------------------------------------------- check-in

    @GetMapping("/checkin")
    String checkIn(
            @RequestParam(name = "day", required = false) String dayText,
            @RequestParam(name = "saved", required = false) String saved,
            Model model,
            HttpServletResponse response) {
        SignedInPerson person = CurrentPerson.require();
        LocalDate today = checkIns.today(person.timeZone());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = today;
        if (dayText != null && !dayText.isBlank()) {
            LocalDate asked = dayOrNull(dayText.trim(), person, today, errors);
            if (asked != null) {
                day = asked;
            } else {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        var stored = checkIns.find(person.accountId(), day);
        Map<String, String> values = values(stored.orElse(null));
        boolean existing = stored.isPresent();
        model.addAttribute(
                "page", checkInPage(person, day, today, existing, saved != null && errors.isEmpty(), values, errors));
        return "journal/checkin";
    }

    @PostMapping("/checkin")
    String saveCheckIn(
            @RequestParam(name = "day", defaultValue = "") String dayText,
            @RequestParam(name = "pain", defaultValue = "") String pain,
            @RequestParam(name = "stiffness", defaultValue = "") String stiffness,
            @RequestParam(name = "sittingHours", defaultValue = "") String sittingHours,
            @RequestParam(name = "note", defaultValue = "") String note,
            Model model,
            HttpServletResponse response) {
        SignedInPerson person = CurrentPerson.require();
        LocalDate today = checkIns.today(person.timeZone());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = dayText.isBlank() ? today : dayOrNull(dayText.trim(), person, today, errors);
        String cleanNote = note.replace("\r\n", "\n").replace('\r', '\n');

        ObjectNode body = JsonBody.newObject();
        wholeNumber(body, CheckInFields.PAIN, pain);
        wholeNumber(body, CheckInFields.STIFFNESS, stiffness);
        decimal(body, CheckInFields.SITTING_HOURS, sittingHours);
        if (!cleanNote.isBlank()) {
            body.put(CheckInFields.NOTE, cleanNote);
        }
        JsonFields fields = JsonBody.fieldsOf(body);
        CheckInFields.Values read = CheckInFields.read(fields);
        fields.errors().forEach(error -> errors.putIfAbsent(error.field(), checkInMessage(error.field(), cleanNote)));

        if (errors.isEmpty()) {
            try {
                checkIns.put(
                        person.accountId(),
                        person.timeZone(),
                        new CheckIn(day, read.pain(), read.stiffness(), read.sittingHours(), read.note()));
                return "redirect:/me/checkin?day=" + day + "&saved";
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.putIfAbsent(error.field(), dayMessage(today, person.timeZone())));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CheckInFields.PAIN, pain);
        values.put(CheckInFields.STIFFNESS, stiffness);
        values.put(CheckInFields.SITTING_HOURS, sittingHours);
        values.put(CheckInFields.NOTE, note);
        LocalDate shown = day == null ? today : day;
        model.addAttribute(
                "page",
                checkInPage(
                        person,
                        shown,
                        today,
                        checkIns.find(person.accountId(), shown).isPresent(),
                        false,
                        values,
                        errors));
        return "journal/checkin";
    }

    private CheckInPage checkInPage(
            SignedInPerson person,
            LocalDate day,
            LocalDate today,
            boolean existing,
            boolean saved,
            Map<String, String> values,
            Map<String, String> errors) {
        List<CheckInRow> recent = checkIns.list(person.accountId(), today.minusDays(RECENT_DAYS - 1L), today).stream()
                .sorted(Comparator.comparing(CheckIn::day).reversed())
                .map(c -> new CheckInRow(
                        c.day(),
                        SHORT_DAY.format(c.day()),
                        c.pain(),
                        c.stiffness(),
                        c.sittingHours().stripTrailingZeros().toPlainString(),
                        c.note()))
                .toList();
        return new CheckInPage(
                day,
                DAY.format(day),
                day.equals(today),
                today,
                person.timeZone(),
                existing,
                saved,
                values,
                errors,
                recent);
    }

    private LocalDate dayOrNull(String text, SignedInPerson person, LocalDate today, Map<String, String> errors) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate day = Days.parse("day", text, problems);
        if (day != null) {
            checkIns.dayProblem(day, person.timeZone())
                    .ifPresent(problem -> problems.add(new FieldError("day", problem)));
        }
        if (!problems.isEmpty()) {
            errors.put(
                    "day", day == null ? "Choose a day such as " + today + "." : dayMessage(today, person.timeZone()));
            return null;
        }
        return day;
    }

    private static String dayMessage(LocalDate today, ZoneId zone) {
        return "You can check in for today (" + DAY.format(today) + ", " + zone.getId()
                + ") or an earlier day, not a day still to come.";
    }

    private static String checkInMessage(String field, String note) {
        return switch (field) {
            case CheckInFields.PAIN ->
                "Enter your pain as a whole number from 0 (none) to 10 (the worst you can imagine).";
            case CheckInFields.STIFFNESS ->
                "Enter your stiffness as a whole number from 0 (none) to 10 (as stiff as can be).";
            case CheckInFields.SITTING_HOURS ->
                "Enter the hours you spent sitting as a number from 0 to 24, such as 6.5.";
            case CheckInFields.NOTE ->
                "Keep the note to " + CheckIn.MAX_NOTE + " characters or fewer; it has "
                        + note.codePointCount(0, note.length()) + ".";
            default -> "Please check this field.";
        };
    }

    private static Map<String, String> values(CheckIn checkIn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CheckInFields.PAIN, checkIn == null ? "" : String.valueOf(checkIn.pain()));
        values.put(CheckInFields.STIFFNESS, checkIn == null ? "" : String.valueOf(checkIn.stiffness()));
        values.put(
                CheckInFields.SITTING_HOURS,
                checkIn == null
                        ? ""
                        : checkIn.sittingHours().stripTrailingZeros().toPlainString());
        values.put(CheckInFields.NOTE, checkIn == null || checkIn.note() == null ? "" : checkIn.note());
        return values;
    }

    /** A form's text as the JSON the API reads: a number when it is one, else the text (which the reading rejects). */
    private static void wholeNumber(ObjectNode body, String name, String text) {
        String value = text.trim();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            body.put(name, Long.parseLong(value));
        } else if (!value.isEmpty()) {
            body.put(name, value);
        }
    }

    private static void decimal(ObjectNode body, String name, String text) {
        String value = text.trim();
        if (DECIMAL.matcher(value).matches()) {
            body.put(name, new BigDecimal(value.replace(',', '.')).doubleValue());
        } else if (!value.isEmpty()) {
            body.put(name, value);
        }
    }

    // ---------------------------------------------------------------- cracking log

    @GetMapping("/cracks")
    String cracks(Model model) {
        SignedInPerson person = CurrentPerson.require();
        @SuppressWarnings("unchecked")
        List<AdviceNote> advice = (List<AdviceNote>) model.getAttribute("advice");
        String logged = (String) model.getAttribute("logged");
        String removed = (String) model.getAttribute("removed");
        model.addAttribute(
                "page",
                cracksPage(
                        person,
                        crackValues(person, "", firstTechnique(), "false", "false"),
                        Map.of(),
                        advice == null ? List.of() : advice,
                        logged,
                        removed));
        return "journal/cracks";
    }

    @PostMapping("/cracks")
    String logCrack(
            @RequestParam(name = "at", defaultValue = "") String atText,
            @RequestParam(name = "shownAt", defaultValue = "") String shownAt,
            @RequestParam(name = "technique", defaultValue = "") String technique,
            @RequestParam(name = "forced", defaultValue = "") String forced,
            @RequestParam(name = "painful", defaultValue = "") String painful,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SignedInPerson person = CurrentPerson.require();
        Map<String, String> errors = new LinkedHashMap<>();
        Instant at = null;
        String when = atText.trim();
        // The time the form was shown with, left as it was, means "just now": the exact moment, not that minute.
        if (!when.isEmpty() && !when.equals(shownAt.trim())) {
            at = instant(when, person.timeZone());
            if (at == null) {
                errors.put("at", "Enter the date and time it happened, such as 2026-11-25 08:30.");
            }
        }
        Boolean isForced = bool(forced);
        if (isForced == null) {
            errors.put("forced", "Choose whether the crack came gently or was forced.");
        }
        Boolean isPainful = bool(painful);
        if (isPainful == null) {
            errors.put("painful", "Choose whether it hurt.");
        }
        if (!cracks.techniques().contains(technique)) {
            errors.put("technique", "Choose how you cracked your back from the list.");
        }
        if (errors.isEmpty()) {
            try {
                Cracks.Logged logged =
                        cracks.log(person.accountId(), person.timeZone(), at, technique, isForced, isPainful);
                redirect.addFlashAttribute(
                        "advice",
                        new ArrayList<>(
                                logged.advice().stream().map(AdviceNote::of).toList()));
                redirect.addFlashAttribute("logged", label(logged.crack().at(), person.timeZone()));
                return "redirect:/me/cracks";
            } catch (InvalidRequestException e) {
                for (FieldError error : e.errors()) {
                    errors.putIfAbsent(
                            error.field(),
                            "at".equals(error.field())
                                    ? "Enter a time that has already passed, in your time zone ("
                                            + person.timeZone().getId() + ")."
                                    : "Choose how you cracked your back from the list.");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        String shownAgain = when.equals(shownAt.trim()) ? "" : atText;
        model.addAttribute(
                "page",
                cracksPage(
                        person,
                        crackValues(person, shownAgain, technique, forced, painful),
                        errors,
                        List.of(),
                        null,
                        null));
        return "journal/cracks";
    }

    @PostMapping("/cracks/{id}/delete")
    String deleteCrack(@PathVariable("id") String id, RedirectAttributes redirect) {
        SignedInPerson person = CurrentPerson.require();
        Crack crack = cracks.find(person.accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)); // another person's: as missing
        cracks.delete(person.accountId(), id);
        redirect.addFlashAttribute("removed", label(crack.at(), person.timeZone()));
        return "redirect:/me/cracks";
    }

    private CracksPage cracksPage(
            SignedInPerson person,
            Map<String, String> values,
            Map<String, String> errors,
            List<AdviceNote> advice,
            String logged,
            String removed) {
        ZoneId zone = person.timeZone();
        LocalDate today = checkIns.today(zone);
        List<CrackRow> recent = cracks.list(person.accountId(), zone, today.minusDays(RECENT_DAYS - 1L), null).stream()
                .sorted(Comparator.comparing(Crack::at).reversed())
                .map(crack -> new CrackRow(
                        crack.id().toString(),
                        label(crack.at(), zone),
                        techniqueName(crack.technique()),
                        crack.forced(),
                        crack.painful()))
                .toList();
        List<Exercise> stretches = library.exercises().stream()
                .filter(e -> e.category() == Category.STRETCH)
                .toList();
        String maxAt = LOCAL_INPUT.format(LocalDateTime.ofInstant(cracks.now(), zone));
        return new CracksPage(techniques(), stretches, zone, maxAt, values, errors, advice, logged, removed, recent);
    }

    private Map<String, String> crackValues(
            SignedInPerson person, String at, String technique, String forced, String painful) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "at", at.isEmpty() ? LOCAL_INPUT.format(LocalDateTime.ofInstant(cracks.now(), person.timeZone())) : at);
        values.put("technique", technique);
        values.put("forced", forced);
        values.put("painful", painful);
        return values;
    }

    private String firstTechnique() {
        return cracks.techniques().get(0);
    }

    private List<Technique> techniques() {
        return cracks.techniques().stream()
                .map(id -> new Technique(id, techniqueName(id)))
                .toList();
    }

    private String techniqueName(String id) {
        return Crack.OTHER.equals(id)
                ? "Another way"
                : library.exercise(id).map(Exercise::name).orElse(id);
    }

    private static String label(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return SHORT_DAY.format(local) + ", " + TIME.format(local);
    }

    /** A {@code datetime-local} value in the person's time zone, or null when it is not one. */
    private static Instant instant(String text, ZoneId zone) {
        if (!LOCAL_TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
