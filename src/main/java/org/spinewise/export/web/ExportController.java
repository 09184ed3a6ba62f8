package org.spinewise.export.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.clinic.ClinicRecords;
import org.spinewise.clinic.ClinicViews;
import org.spinewise.export.PersonalData;
import org.spinewise.export.fhir.FhirExport;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.journal.CheckInView;
import org.spinewise.journal.CrackView;
import org.spinewise.session.RoutineRunView;
import org.spinewise.system.Messages;
import org.spinewise.therapy.TherapySessionView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/v1/export}: every record of the signed-in person, as one JSON
 * document or ({@code ?format=csv}) as a zip with one CSV file per kind of
 * record (account-api.md, "A person's own data"), or ({@code ?format=fhir}) as a FHIR R4 bundle (interop.md).
 */
@RestController
@RequiredArgsConstructor
class ExportController {

    static final String FORMAT = "format";
    static final String JSON = "json";
    static final String CSV = "csv";
    static final String FHIR = "fhir";
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final PersonalData data;
    private final ObjectMapper json;
    private final FhirExport fhir;

    record AccountView(String id, String email, List<String> roles, String timeZone, Instant createdAt) {
        static AccountView of(Account account) {
            return new AccountView(
                    account.id().toString(),
                    account.email(),
                    account.roles().stream().map(Enum::name).sorted().toList(),
                    account.timeZone().getId(),
                    account.createdAt());
        }
    }

    record ScreeningView(String id, Instant at, String rulesVersion, JsonNode request, JsonNode result) {}

    record RoutineView(String id, Instant at, JsonNode request, JsonNode plan) {}

    /** The JSON document; new fields may join, none goes. */
    record Export(
            Instant exportedAt,
            AccountView account,
            List<CheckInView> checkins,
            List<CrackView> cracks,
            List<RoutineRunView> routineRuns,
            List<ScreeningView> screenings,
            List<TherapySessionView> therapySessions,
            List<RoutineView> routines,
            List<ClinicViews.LinkView> links,
            List<ClinicViews.AssignmentView> assignments,
            List<ClinicViews.ContactRequestView> contactRequests,
            List<ClinicViews.AccessEntryView> accessLog,
            BreaksView reminders) {}

    @GetMapping("/api/v1/export")
    ResponseEntity<?> export(
            @SignedIn SignedInPerson person, @RequestParam(name = FORMAT, required = false) @Nullable String format) {
        String chosen = format == null ? JSON : format.trim().toLowerCase(Locale.ROOT);
        if (format != null && !chosen.equals(JSON) && !chosen.equals(CSV) && !chosen.equals(FHIR)) {
            throw new InvalidRequestException(List.of(new FieldError(
                    FORMAT,
                    Messages.t("export.format", format.length() > 20 ? format.substring(0, 20) + "..." : format))));
        }
        PersonalData.Everything everything = data.of(person.accountId());
        ClinicRecords.Held clinic = everything.clinic();
        String name = "spinewise-data-" + LocalDate.ofInstant(everything.exportedAt(), person.timeZone());
        if (chosen.equals(CSV)) {
            return ResponseEntity.ok()
                    .contentType(ZIP)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".zip"))
                    .body(CsvExport.zip(everything, person.timeZone(), json));
        }
        if (chosen.equals(FHIR)) {
            String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            return ResponseEntity.ok()
                    .contentType(FHIR_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".fhir.json"))
                    .body(fhir.bundle(everything, origin).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".json"))
                .body(new Export(
                        everything.exportedAt(),
                        AccountView.of(everything.account()),
                        everything.checkIns().stream().map(CheckInView::of).toList(),
                        everything.cracks().stream().map(CrackView::of).toList(),
                        everything.runs().stream().map(RoutineRunView::of).toList(),
                        everything.screenings().stream().map(this::screening).toList(),
                        everything.therapy().stream()
                                .map(TherapySessionView::of)
                                .toList(),
                        everything.routines().stream()
                                .map(record -> new RoutineView(
                                        record.id().toString(),
                                        record.at(),
                                        json.readTree(record.request()),
                                        json.readTree(record.plan())))
                                .toList(),
                        clinic.links().stream().map(ClinicViews.LinkView::of).toList(),
                        clinic.assignments().stream()
                                .map(ClinicViews.AssignmentView::of)
                                .toList(),
                        clinic.requests().stream()
                                .map(ClinicViews.ContactRequestView::of)
                                .toList(),
                        clinic.accessLog().stream()
                                .map(ClinicViews.AccessEntryView::of)
                                .toList(),
                        BreaksView.of(everything.breaks())));
    }

    private ScreeningView screening(ScreeningRecord record) {
        return new ScreeningView(
                record.id().toString(),
                record.at(),
                record.rulesVersion(),
                json.readTree(record.request()),
                json.readTree(record.result()));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
