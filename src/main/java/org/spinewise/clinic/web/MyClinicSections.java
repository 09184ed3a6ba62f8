package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The clinic's part of the person's page: routines their clinics assigned, their messages, their links. */
@Component
class MyClinicSections implements DashboardSections {

    private final Assignments assignments;
    private final ContactRequests requests;
    private final Libraries libraries;

    MyClinicSections(Assignments assignments, ContactRequests requests, Libraries libraries) {
        this.assignments = assignments;
        this.requests = requests;
        this.libraries = libraries;
    }

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        return List.of(
                new Section(
                        "assigned",
                        "Routines from your clinic",
                        "No clinic has assigned you a routine.",
                        assignments.active(person.accountId()).stream()
                                .map(this::assigned)
                                .toList(),
                        List.of()),
                new Section(
                        "messages",
                        "Your messages to clinics",
                        "You have not written to a clinic.",
                        requests.ofPerson(person.accountId()).stream()
                                .map(request -> message(request, person))
                                .toList(),
                        List.of(
                                new Link("Contact a clinic", "/contact"),
                                new Link("Your clinics", "/me/links"),
                                new Link("Who looked at your data", "/me/access"))));
    }

    private Entry assigned(Assignment assignment) {
        List<String> names = assignment.items().stream()
                .map(item -> library()
                        .exercise(item.exerciseId())
                        .map(Exercise::name)
                        .orElse(item.exerciseId()))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add("From " + assignment.clinic().name() + ": " + String.join(", ", names) + ".");
        if (!assignment.note().isBlank()) {
            lines.add("Note: " + assignment.note());
        }
        return new Entry(
                assignment.title(),
                lines,
                new Link("Play " + assignment.title(), "/me/assignments/" + assignment.id()));
    }

    private static Entry message(ContactRequest request, SignedInPerson person) {
        List<String> lines = new ArrayList<>();
        lines.add("Sent " + ClinicWords.when(request.createdAt(), person.timeZone()) + ": " + request.message());
        lines.add("Status: " + ClinicWords.status(request.status()) + ".");
        lines.add(request.reply() == null ? "No answer yet." : "The clinic's answer: " + request.reply());
        return new Entry("To " + request.clinic().name(), lines, null);
    }

    /** The library in the language of the request being answered. */
    private Library library() {
        return libraries.in(LocaleContextHolder.getLocale());
    }
}
