package org.spinewise.clinic.web;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.ClinicViews.AssignmentView;
import org.spinewise.clinic.ClinicViews.PatientSummaryView;
import org.spinewise.clinic.ClinicViews.ScreeningHeadlineView;
import org.spinewise.clinic.PatientDetail;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordView;
import org.spinewise.journal.CheckInView;
import org.spinewise.journal.CrackView;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.RuleBooks;
import org.spinewise.session.RoutineRunView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/clinic/patients/{patientId}}: the list's summary plus the patient's records. */
@Component
@RequiredArgsConstructor
class PatientDetailView {

    private final ObjectMapper json;
    private final RuleBooks books;

    record Detail(
            String patientId,
            String email,
            Instant linkedAt,
            @Nullable ScreeningHeadlineView latestScreening,
            int runsLast7Days,
            List<String> flags,
            List<JsonNode> screenings,
            List<CheckInView> checkins,
            List<CrackView> cracks,
            List<RoutineRunView> routineRuns,
            List<AssignmentView> assignments) {}

    /**
     * A kept screening in the shape of the screening history's items (clinic-api.md, "Patient detail"),
     * with the {@code request} and {@code result} it keeps beside, as the contract's list names them; each fired
     * rule's message in the reader's language, as the history says it (ids and outcome as kept).
     */
    private JsonNode screening(ScreeningRecord record, RuleBook shownIn) {
        ObjectNode item = ScreeningRecordView.of(record, json, shownIn);
        item.set("request", json.readTree(record.request()));
        ObjectNode result = (ObjectNode) json.readTree(record.result());
        result.set("firedRules", item.path("firedRules").deepCopy());
        return item.set("result", result);
    }

    Detail of(PatientDetail detail) {
        PatientSummaryView summary = PatientSummaryView.of(detail.summary());
        return new Detail(
                summary.patientId(),
                summary.email(),
                summary.linkedAt(),
                summary.latestScreening(),
                summary.runsLast7Days(),
                summary.flags(),
                detail.screenings().stream()
                        .map(record -> screening(record, books.in(LocaleContextHolder.getLocale())))
                        .toList(),
                detail.checkIns().stream().map(CheckInView::of).toList(),
                detail.cracks().stream().map(CrackView::of).toList(),
                detail.runs().stream().map(RoutineRunView::of).toList(),
                detail.assignments().stream().map(AssignmentView::of).toList());
    }
}
