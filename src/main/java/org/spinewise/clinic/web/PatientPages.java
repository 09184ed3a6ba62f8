package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedInPerson;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.PatientDetail;
import org.spinewise.clinic.Patients;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordView;
import org.spinewise.journal.CheckIn;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.progress.web.ProgressPage;
import org.spinewise.screening.RuleBooks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Builds the clinic's patient page from the service's detail: the chart, the screenings in words, the form. */
@Component
@RequiredArgsConstructor
class PatientPages {

    /** The days the page covers, as the service's detail does (clinic-api.md). */
    static final int DAYS = Patients.DETAIL_DAYS;

    private final Libraries libraries;
    private final Assignments assignments;
    private final ObjectMapper json;
    private final RuleBooks books;

    PatientPage of(PatientDetail detail, PatientPage.AssignFormView form, boolean assigned, SignedInPerson reader) {
        var to = java.time.LocalDate.now(reader.timeZone());
        List<CheckIn> checkIns = detail.checkIns();
        // The service's 28 days end on the patient's today; the chart ends on its latest day so none falls off.
        var last = checkIns.stream()
                .map(CheckIn::day)
                .max(java.util.Comparator.naturalOrder())
                .orElse(to);
        var end = last.isAfter(to) ? last : to;
        var from = end.minusDays(DAYS - 1L);
        List<CheckIn> charted =
                checkIns.stream().filter(c -> !c.day().isBefore(from)).toList();
        return new PatientPage(
                detail.summary(),
                from,
                end,
                charted.isEmpty() ? null : ProgressPage.symptomChart(from, DAYS, charted),
                checkIns,
                detail.cracks(),
                detail.runs(),
                detail.screenings().stream().map(this::row).toList(),
                detail.assignments(),
                library().exercises().stream()
                        .filter(exercise -> assignments.isAssignable(exercise.id()))
                        .toList(),
                form,
                assigned,
                reader.timeZone());
    }

    String name(String exerciseId) {
        return library().exercise(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    /** A kept screening with each fired rule said in the reader's language, as the screening history shows it. */
    private PatientPage.ScreeningRow row(ScreeningRecord record) {
        JsonNode result = ScreeningRecordView.of(record, json, books.in(LocaleContextHolder.getLocale()));
        List<PatientPage.FiredRule> fired = new ArrayList<>();
        result.path("firedRules")
                .forEach(rule -> fired.add(new PatientPage.FiredRule(
                        rule.path("id").asString(), rule.path("message").asString())));
        return new PatientPage.ScreeningRow(
                record.at(), result.path("disposition").asString(), fired);
    }

    /** The library in the language of the request being answered. */
    private Library library() {
        return libraries.in(LocaleContextHolder.getLocale());
    }
}
