package org.spinewise.export.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.spinewise.account.Account;
import org.spinewise.clinic.AccessAction;
import org.spinewise.clinic.AccessEntry;
import org.spinewise.clinic.Clinic;
import org.spinewise.clinic.Link;
import org.spinewise.export.PersonalData;

/** The person, the clinics they deal with, their links to them and who looked at their data. */
final class PersonMapping {

    static final String ORGANIZATION = "Organization";

    private static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";

    private PersonMapping() {}

    static Reference patient(PersonalData.Everything everything, Entries entries, Canonicals canonicals) {
        Account account = everything.account();
        Patient patient = new Patient().setActive(true);
        patient.addIdentifier(new Identifier()
                .setSystem(canonicals.identifierSystem("account"))
                .setValue(account.id().toString())
                .setPeriod(new Period().setStartElement(Times.at(account.createdAt()))));
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(account.email());
        return entries.add("Patient", account.id(), patient);
    }

    /** A clinic as an {@code Organization}, added once however many records name it. */
    static Reference organization(Clinic clinic, Mapping mapping) {
        Organization organization = new Organization().setActive(true).setName(clinic.name());
        organization.addIdentifier(identifier(mapping, "clinic", clinic.id().toString()));
        return mapping.entries().add(ORGANIZATION, clinic.id(), organization);
    }

    static void clinicSide(PersonalData.Everything everything, Mapping mapping) {
        everything.clinic().links().forEach(link -> link(link, mapping));
        List<AccessEntry> log = everything.clinic().accessLog();
        for (int i = 0; i < log.size(); i++) {
            access(log.get(i), i, mapping);
        }
    }

    /** A link lets the clinic's clinicians see the person's data: an episode of care the clinic manages. */
    private static void link(Link link, Mapping mapping) {
        EpisodeOfCare episode = new EpisodeOfCare()
                .setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE)
                .setPatient(mapping.subject())
                .setManagingOrganization(organization(link.clinic(), mapping))
                .setPeriod(new Period().setStartElement(Times.at(link.since())));
        episode.addIdentifier(identifier(mapping, "link", link.id().toString()));
        mapping.entries().add("EpisodeOfCare", link.id(), episode);
    }

    private static void access(AccessEntry entry, int index, Mapping mapping) {
        Clinic clinic = entry.clinic();
        AuditEvent event = new AuditEvent()
                .setType(new Coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"))
                .setAction(action(entry.action()))
                .setRecorded(Date.from(entry.at()))
                .setOutcome(AuditEvent.AuditEventOutcome._0);
        event.addSubtype(mapping.codes()
                .coding(entry.action().name(), words(entry.action().name())));
        event.addAgent().setRequestor(true).setName(entry.actor()).setWho(new Reference().setDisplay(entry.actor()));
        event.getSource()
                .setSite("Spinewise")
                .setObserver(clinic == null ? new Reference().setDisplay("Spinewise") : organization(clinic, mapping));
        event.addEntity().setWhat(mapping.subject()).setDescription(entry.resource());
        mapping.entries().add("AuditEvent", index, event);
    }

    private static AuditEvent.AuditEventAction action(AccessAction action) {
        return switch (action) {
            case CREATE_ASSIGNMENT -> AuditEvent.AuditEventAction.C;
            case END_ASSIGNMENT, UPDATE_CONTACT_REQUEST -> AuditEvent.AuditEventAction.U;
            case UNLINK -> AuditEvent.AuditEventAction.D;
            case LIST_PATIENTS, READ_PATIENT, READ_CONTACT_REQUEST -> AuditEvent.AuditEventAction.R;
        };
    }

    static Identifier identifier(Mapping mapping, String kind, String value) {
        return new Identifier()
                .setSystem(mapping.sources().canonicals().identifierSystem(kind))
                .setValue(value);
    }

    /** {@code READ_PATIENT} as "Read patient". */
    static String words(String constant) {
        String spaced = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
