package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.system.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The clinic's part of the person's page: routines their clinics assigned, their messages, their links. */
@Component
@RequiredArgsConstructor
class MyClinicSections implements DashboardSections {

    private final Assignments assignments;
    private final ContactRequests requests;
    private final Libraries libraries;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        return List.of(
                new Section(
                        "assigned",
                        Messages.t("clinic.me.assigned"),
                        Messages.t("clinic.me.assigned.none"),
                        assignments.active(person.accountId()).stream()
                                .map(this::assigned)
                                .toList(),
                        List.of()),
                new Section(
                        "messages",
                        Messages.t("clinic.me.messages"),
                        Messages.t("clinic.me.messages.none"),
                        requests.ofPerson(person.accountId()).stream()
                                .map(request -> message(request, person))
                                .toList(),
                        List.of(
                                new Link(Messages.t("clinic.contact.title"), "/contact"),
                                new Link(Messages.t("clinic.links.title"), "/me/links"),
                                new Link(Messages.t("clinic.access.title"), "/me/access"))));
    }

    private Entry assigned(Assignment assignment) {
        List<String> names = assignment.items().stream()
                .map(item -> library()
                        .exercise(item.exerciseId())
                        .map(Exercise::name)
                        .orElse(item.exerciseId()))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.t("clinic.me.assigned.from", assignment.clinic().name(), String.join(", ", names)));
        if (!assignment.note().isBlank()) {
            lines.add(Messages.t("clinic.me.assigned.note", assignment.note()));
        }
        return new Entry(
                assignment.title(),
                lines,
                new Link(
                        Messages.t("clinic.me.assigned.play", assignment.title()),
                        "/me/assignments/" + assignment.id()));
    }

    private static Entry message(ContactRequest request, SignedInPerson person) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.t(
                "clinic.me.messages.sent",
                ClinicWords.when(request.createdAt(), person.timeZone()),
                request.message()));
        lines.add(Messages.t("clinic.me.messages.status", ClinicWords.status(request.status())));
        lines.add(
                request.reply() == null
                        ? Messages.t("clinic.me.messages.noAnswer")
                        : Messages.t("clinic.me.messages.answer", request.reply()));
        return new Entry(Messages.t("clinic.me.messages.to", request.clinic().name()), lines, null);
    }

    /** The library in the language of the request being answered. */
    private Library library() {
        return libraries.in(LocaleContextHolder.getLocale());
    }
}
