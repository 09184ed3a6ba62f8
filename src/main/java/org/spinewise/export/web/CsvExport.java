package org.spinewise.export.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.export.PersonalData;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.session.RoutineRun;
import org.spinewise.therapy.TherapySession;

/** The export's CSV form ({@code ?format=csv}): a zip with one spreadsheet file per kind of record. */
final class CsvExport {

    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvExport() {}

    /** One CSV file (RFC 4180, UTF-8, a header row) per kind of record. */
    static byte[] zip(PersonalData.Everything everything) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Account account = everything.account();
            write(
                    zip,
                    "account.csv",
                    new String[] {"id", "email", "roles", "timeZone", "createdAt"},
                    cells -> cells.printRecord(
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
            write(zip, "checkins.csv", new String[] {"day", "pain", "stiffness", "sittingHours", "note"}, cells -> {
                for (CheckIn checkIn : everything.checkIns()) {
                    cells.printRecord(
                            checkIn.day(),
                            checkIn.pain(),
                            checkIn.stiffness(),
                            checkIn.sittingHours().toPlainString(),
                            checkIn.note());
                }
            });
            write(zip, "cracks.csv", new String[] {"id", "at", "technique", "forced", "painful"}, cells -> {
                for (Crack crack : everything.cracks()) {
                    cells.printRecord(crack.id(), crack.at(), crack.technique(), crack.forced(), crack.painful());
                }
            });
            write(
                    zip,
                    "routine-runs.csv",
                    new String[] {"id", "startedAt", "endedAt", "completed", "painBefore", "painAfter", "stopReason"},
                    cells -> {
                        for (RoutineRun run : everything.runs()) {
                            cells.printRecord(
                                    run.id(),
                                    run.startedAt(),
                                    run.endedAt(),
                                    String.join(" ", run.completed()),
                                    run.painBefore(),
                                    run.painAfter(),
                                    run.stopReason());
                        }
                    });
            write(zip, "screenings.csv", new String[] {"id", "at", "rulesVersion", "request", "result"}, cells -> {
                for (ScreeningRecord record : everything.screenings()) {
                    cells.printRecord(
                            record.id(), record.at(), record.rulesVersion(), record.request(), record.result());
                }
            });
            write(zip, "routines.csv", new String[] {"id", "at", "request", "plan"}, cells -> {
                for (RoutinePlanRecord record : everything.routines()) {
                    cells.printRecord(record.id(), record.at(), record.request(), record.plan());
                }
            });
            write(
                    zip,
                    "therapy-sessions.csv",
                    new String[] {"id", "kind", "minutes", "startedAt", "endedAt", "finished"},
                    cells -> {
                        for (TherapySession session : everything.therapy()) {
                            cells.printRecord(
                                    session.id(),
                                    session.kind(),
                                    session.minutes(),
                                    session.startedAt(),
                                    session.endedAt(),
                                    session.finished());
                        }
                    });
            ClinicCsv.write(zip, everything.clinic());
            BreaksView breaks = BreaksView.of(everything.breaks());
            write(
                    zip,
                    "reminders.csv",
                    new String[] {"enabled", "days", "from", "to", "intervalMinutes", "calendarFeed", "pushEndpoints"},
                    cells -> cells.printRecord(
                            breaks.enabled(),
                            String.join(" ", breaks.days()),
                            breaks.from(),
                            breaks.to(),
                            breaks.intervalMinutes(),
                            breaks.calendarFeed(),
                            String.join(" ", breaks.pushEndpoints())));
        } catch (IOException e) {
            throw new UncheckedIOException("writing an export in memory", e);
        }
        return bytes.toByteArray();
    }

    interface Rows {
        void print(Cells cells) throws IOException;
    }

    /** Where rows are printed: every text cell goes through {@link #text}, so no free text is ever missed. */
    static final class Cells {
        private final CSVPrinter printer;

        private Cells(CSVPrinter printer) {
            this.printer = printer;
        }

        void printRecord(@Nullable Object... values) throws IOException {
            Object[] cells = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = values[i] instanceof CharSequence value ? text(value.toString()) : values[i];
            }
            printer.printRecord(cells);
        }
    }

    static void write(ZipOutputStream zip, String name, String[] header, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush(); // the zip stream stays open for the next file
            }
        };
        try (CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(new Cells(printer));
        }
        zip.closeEntry();
    }

    /**
     * Text as a spreadsheet will not run it: a cell that starts like a formula ({@code = + - @}, their
     * full-width forms, tab, carriage return or line feed) gets a leading apostrophe (OWASP, "CSV injection").
     * {@link Cells} applies it to every text cell: emails, notes, names, messages alike.
     */
    static @Nullable String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
