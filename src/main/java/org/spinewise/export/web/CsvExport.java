package org.spinewise.export.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.export.PersonalData;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.session.RoutineRun;
import org.spinewise.therapy.TherapySession;
import tools.jackson.databind.ObjectMapper;

/** The export's CSV form ({@code ?format=csv}): a zip with one spreadsheet file per kind of record. */
final class CsvExport {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    /** ISO 8601 with the offset always written as {@code +hh:mm} (also {@code +00:00}, never {@code Z}). */
    static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvExport() {}

    /**
     * One CSV file (RFC 4180, UTF-8 with a byte-order mark, a header row) per kind of record, times in the
     * person's time zone.
     */
    static byte[] zip(PersonalData.Everything everything, ZoneId zone, ObjectMapper json) {
        var bytes = new ByteArrayOutputStream();
        Sheet sheet = new Sheet(zone);
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Account account = everything.account();
            sheet.write(
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
            sheet.write(
                    zip, "checkins.csv", new String[] {"day", "pain", "stiffness", "sittingHours", "note"}, cells -> {
                        for (CheckIn checkIn : everything.checkIns()) {
                            cells.printRecord(
                                    checkIn.day(),
                                    checkIn.pain(),
                                    checkIn.stiffness(),
                                    checkIn.sittingHours().toPlainString(),
                                    checkIn.note());
                        }
                    });
            sheet.write(zip, "cracks.csv", new String[] {"id", "at", "technique", "forced", "painful"}, cells -> {
                for (Crack crack : everything.cracks()) {
                    cells.printRecord(crack.id(), crack.at(), crack.technique(), crack.forced(), crack.painful());
                }
            });
            sheet.write(
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
            PlanSheets.write(zip, sheet, json, everything.screenings(), everything.routines());
            sheet.write(
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
            ClinicCsv.write(zip, sheet, everything.clinic());
            BreaksView breaks = BreaksView.of(everything.breaks());
            sheet.write(
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

    /**
     * Where rows are printed: every text cell goes through {@link #text}, so no free text is ever missed, and
     * every instant is written in the person's time zone with its offset ({@code 2026-12-05T18:20:00+01:00}).
     */
    static final class Cells {
        private final CSVPrinter printer;
        private final ZoneId zone;

        private Cells(CSVPrinter printer, ZoneId zone) {
            this.printer = printer;
            this.zone = zone;
        }

        void printRecord(@Nullable Object... values) throws IOException {
            Object[] cells = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof CharSequence chars) {
                    cells[i] = text(chars.toString());
                } else if (value instanceof Instant at) {
                    cells[i] = LOCAL_TIME.format(at.atZone(zone));
                } else {
                    cells[i] = value;
                }
            }
            printer.printRecord(cells);
        }
    }

    /** Writes CSV files into the zip for one person (their time zone). */
    record Sheet(ZoneId zone) {

        void write(ZipOutputStream zip, String name, String[] header, Rows rows) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            Writer writer = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // the zip stream stays open for the next file
                }
            };
            writer.write(BYTE_ORDER_MARK); // so spreadsheet programs read the file as UTF-8, not their own code page
            try (CSVPrinter printer = new CSVPrinter(
                    writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
                rows.print(new Cells(printer, zone));
            }
            zip.closeEntry();
        }
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
