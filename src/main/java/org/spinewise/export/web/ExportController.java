package org.spinewise.export.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.spinewise.account.Account;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.export.PersonalData;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.session.RoutineRun;
import org.spinewise.therapy.TherapySession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/v1/export}: every record of the signed-in person, as one JSON
 * document or ({@code ?format=csv}) as a zip with one CSV file per kind of
 * record (account-api.md, "A person's own data").
 */
@RestController
class ExportController {

    static final String FORMAT = "format";
    static final String JSON = "json";
    static final String CSV = "csv";
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final PersonalData data;
    private final ObjectMapper json;

    ExportController(PersonalData data, ObjectMapper json) {
        this.data = data;
        this.json = json;
    }

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

    record CheckInView(LocalDate day, int pain, int stiffness, double sittingHours, String note) {
        static CheckInView of(CheckIn checkIn) {
            return new CheckInView(
                    checkIn.day(),
                    checkIn.pain(),
                    checkIn.stiffness(),
                    checkIn.sittingHours().doubleValue(),
                    checkIn.note());
        }
    }

    record CrackView(String id, Instant at, String technique, boolean forced, boolean painful) {
        static CrackView of(Crack crack) {
            return new CrackView(crack.id().toString(), crack.at(), crack.technique(), crack.forced(), crack.painful());
        }
    }

    record Stop(String reason) {}

    record RunView(
            String id,
            Instant startedAt,
            Instant endedAt,
            List<String> completed,
            int painBefore,
            Integer painAfter,
            Stop stop) {
        static RunView of(RoutineRun run) {
            return new RunView(
                    run.id().toString(),
                    run.startedAt(),
                    run.endedAt(),
                    run.completed(),
                    run.painBefore(),
                    run.painAfter(),
                    run.stopReason() == null ? null : new Stop(run.stopReason().name()));
        }
    }

    record ScreeningView(String id, Instant at, String rulesVersion, JsonNode request, JsonNode result) {}

    record TherapyView(String id, String kind, int minutes, Instant startedAt, Instant endedAt, boolean finished) {
        static TherapyView of(TherapySession session) {
            return new TherapyView(
                    session.id().toString(),
                    session.kind().name(),
                    session.minutes(),
                    session.startedAt(),
                    session.endedAt(),
                    session.finished());
        }
    }

    record RoutineView(String id, Instant at, JsonNode request, JsonNode plan) {}

    /** The JSON document; new fields may join, none goes. */
    record Export(
            Instant exportedAt,
            AccountView account,
            List<CheckInView> checkins,
            List<CrackView> cracks,
            List<RunView> routineRuns,
            List<ScreeningView> screenings,
            List<TherapyView> therapySessions,
            List<RoutineView> routines) {}

    @GetMapping("/api/v1/export")
    ResponseEntity<?> export(
            @SignedIn SignedInPerson person, @RequestParam(name = FORMAT, required = false) String format) {
        String chosen = format == null ? JSON : format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals(JSON) && !chosen.equals(CSV)) {
            throw new InvalidRequestException(List.of(new FieldError(
                    FORMAT,
                    "must be json or csv, was \"" + (format.length() > 20 ? format.substring(0, 20) + "..." : format)
                            + "\"")));
        }
        PersonalData.Everything everything = data.of(person.accountId());
        String name = "spinewise-data-" + LocalDate.ofInstant(everything.exportedAt(), person.timeZone());
        if (chosen.equals(CSV)) {
            return ResponseEntity.ok()
                    .contentType(ZIP)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".zip"))
                    .body(zip(everything));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".json"))
                .body(new Export(
                        everything.exportedAt(),
                        AccountView.of(everything.account()),
                        everything.checkIns().stream().map(CheckInView::of).toList(),
                        everything.cracks().stream().map(CrackView::of).toList(),
                        everything.runs().stream().map(RunView::of).toList(),
                        everything.screenings().stream().map(this::screening).toList(),
                        everything.therapy().stream().map(TherapyView::of).toList(),
                        everything.routines().stream()
                                .map(record -> new RoutineView(
                                        record.id().toString(),
                                        record.at(),
                                        json.readTree(record.request()),
                                        json.readTree(record.plan())))
                                .toList()));
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

    /** One CSV file (RFC 4180, UTF-8, a header row) per kind of record. */
    static byte[] zip(PersonalData.Everything everything) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Account account = everything.account();
            write(
                    zip,
                    "account.csv",
                    new String[] {"id", "email", "roles", "timeZone", "createdAt"},
                    printer -> printer.printRecord(
                            account.id(),
                            account.email(),
                            String.join(
                                    " ",
                                    account.roles().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                            account.timeZone().getId(),
                            account.createdAt()));
            write(zip, "checkins.csv", new String[] {"day", "pain", "stiffness", "sittingHours", "note"}, printer -> {
                for (CheckIn checkIn : everything.checkIns()) {
                    printer.printRecord(
                            checkIn.day(),
                            checkIn.pain(),
                            checkIn.stiffness(),
                            checkIn.sittingHours().toPlainString(),
                            text(checkIn.note()));
                }
            });
            write(zip, "cracks.csv", new String[] {"id", "at", "technique", "forced", "painful"}, printer -> {
                for (Crack crack : everything.cracks()) {
                    printer.printRecord(crack.id(), crack.at(), crack.technique(), crack.forced(), crack.painful());
                }
            });
            write(
                    zip,
                    "routine-runs.csv",
                    new String[] {"id", "startedAt", "endedAt", "completed", "painBefore", "painAfter", "stopReason"},
                    printer -> {
                        for (RoutineRun run : everything.runs()) {
                            printer.printRecord(
                                    run.id(),
                                    run.startedAt(),
                                    run.endedAt(),
                                    String.join(" ", run.completed()),
                                    run.painBefore(),
                                    run.painAfter(),
                                    run.stopReason());
                        }
                    });
            write(zip, "screenings.csv", new String[] {"id", "at", "rulesVersion", "request", "result"}, printer -> {
                for (ScreeningRecord record : everything.screenings()) {
                    printer.printRecord(
                            record.id(), record.at(), record.rulesVersion(), record.request(), record.result());
                }
            });
            write(zip, "routines.csv", new String[] {"id", "at", "request", "plan"}, printer -> {
                for (RoutinePlanRecord record : everything.routines()) {
                    printer.printRecord(record.id(), record.at(), record.request(), record.plan());
                }
            });
            write(
                    zip,
                    "therapy-sessions.csv",
                    new String[] {"id", "kind", "minutes", "startedAt", "endedAt", "finished"},
                    printer -> {
                        for (TherapySession session : everything.therapy()) {
                            printer.printRecord(
                                    session.id(),
                                    session.kind(),
                                    session.minutes(),
                                    session.startedAt(),
                                    session.endedAt(),
                                    session.finished());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("writing an export in memory", e);
        }
        return bytes.toByteArray();
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(ZipOutputStream zip, String name, String[] header, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush(); // the zip stream stays open for the next file
            }
        };
        try (CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        }
        zip.closeEntry();
    }

    /**
     * Free text as a spreadsheet will not run it: a note that starts like a formula
     * ({@code = + - @}, tab or carriage return) gets a leading apostrophe (OWASP, "CSV injection").
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
