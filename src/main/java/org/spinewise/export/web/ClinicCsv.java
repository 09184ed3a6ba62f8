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

    static void write(ZipOutputStream zip, CsvExport.Sheet sheet, org.spinewise.clinic.ClinicRecords.Held clinic)
            throws IOException {
        sheet.write(zip, "links.csv", new String[] {"id", "clinicId", "clinicName", "since"}, cells -> {
            for (Link link : clinic.links()) {
                cells.printRecord(link.id(), link.clinic().id(), link.clinic().name(), link.since());
            }
        });
        sheet.write(
                zip,
                "assignments.csv",
                new String[] {"id", "clinicName", "title", "items", "note", "createdAt", "active"},
                cells -> {
                    for (Assignment a : clinic.assignments()) {
                        cells.printRecord(
                                a.id(),
                                a.clinic().name(),
                                a.title(),
                                String.join(
                                        " ",
                                        a.items().stream().map(ClinicCsv::item).toList()),
                                a.note(),
                                a.createdAt(),
                                a.active());
                    }
                });
        sheet.write(
                zip,
                "contact-requests.csv",
                new String[] {"id", "clinicName", "status", "message", "preferredContact", "createdAt", "reply"},
                cells -> {
                    for (ContactRequest r : clinic.requests()) {
                        cells.printRecord(
                                r.id(),
                                r.clinic().name(),
                                r.status(),
                                r.message(),
                                r.preferredContact(),
                                r.createdAt(),
                                r.reply());
                    }
                });
        sheet.write(zip, "access-log.csv", new String[] {"at", "actor", "clinicName", "action", "resource"}, cells -> {
            for (AccessEntry e : clinic.accessLog()) {
                cells.printRecord(
                        e.at(), e.actor(), e.clinic() == null ? "" : e.clinic().name(), e.action(), e.resource());
            }
        });
    }

    private static String item(AssignedItem item) {
        return item.exerciseId() + ":" + item.reps() + "x" + item.sets() + "x" + item.holdSeconds() + "s";
    }
}
