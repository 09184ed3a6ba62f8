package org.spinewise.export.web;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

import org.spinewise.clinic.AccessEntry;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.Link;
import org.spinewise.planner.AssignedItem;

/** The clinic side of the CSV export: one file each for links, assignments, contact requests and the access log. */
final class ClinicCsv {

    private ClinicCsv() {}

    static void write(ZipOutputStream zip, org.spinewise.clinic.ClinicRecords.Held clinic) throws IOException {
        CsvExport.write(zip, "links.csv", new String[] {"id", "clinicId", "clinicName", "since"}, printer -> {
            for (Link link : clinic.links()) {
                printer.printRecord(
                        link.id(),
                        link.clinic().id(),
                        CsvExport.text(link.clinic().name()),
                        link.since());
            }
        });
        CsvExport.write(
                zip,
                "assignments.csv",
                new String[] {"id", "clinicName", "title", "items", "note", "createdAt", "active"},
                printer -> {
                    for (Assignment a : clinic.assignments()) {
                        printer.printRecord(
                                a.id(),
                                CsvExport.text(a.clinic().name()),
                                CsvExport.text(a.title()),
                                String.join(
                                        " ",
                                        a.items().stream().map(ClinicCsv::item).toList()),
                                CsvExport.text(a.note()),
                                a.createdAt(),
                                a.active());
                    }
                });
        CsvExport.write(
                zip,
                "contact-requests.csv",
                new String[] {"id", "clinicName", "status", "message", "preferredContact", "createdAt", "reply"},
                printer -> {
                    for (ContactRequest r : clinic.requests()) {
                        printer.printRecord(
                                r.id(),
                                CsvExport.text(r.clinic().name()),
                                r.status(),
                                CsvExport.text(r.message()),
                                CsvExport.text(r.preferredContact()),
                                r.createdAt(),
                                CsvExport.text(r.reply()));
                    }
                });
        CsvExport.write(
                zip, "access-log.csv", new String[] {"at", "actor", "clinicName", "action", "resource"}, printer -> {
                    for (AccessEntry e : clinic.accessLog()) {
                        printer.printRecord(
                                e.at(),
                                e.actor(),
                                e.clinic() == null
                                        ? ""
                                        : CsvExport.text(e.clinic().name()),
                                e.action(),
                                e.resource());
                    }
                });
    }

    private static String item(AssignedItem item) {
        return item.exerciseId() + ":" + item.reps() + "x" + item.sets() + "x" + item.holdSeconds() + "s";
    }
}
