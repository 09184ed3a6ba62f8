package org.spinewise.export.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactStatus;

/**
 * Each "contact us" request as a {@code ServiceRequest} the person proposes to the clinic, supported by the
 * screening it carried (its response and assessment, when the person still keeps that screening).
 */
final class RequestMapping {

    private RequestMapping() {}

    static void contactRequests(List<ContactRequest> requests, Mapping mapping) {
        for (ContactRequest request : requests) {
            Reference clinic = PersonMapping.organization(request.clinic(), mapping);
            ServiceRequest service = new ServiceRequest()
                    .setStatus(
                            request.status() == ContactStatus.CLOSED
                                    ? ServiceRequest.ServiceRequestStatus.COMPLETED
                                    : ServiceRequest.ServiceRequestStatus.ACTIVE)
                    .setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL)
                    .setCode(mapping.codes().concept("contact-request", "Contact request to a clinic"))
                    .setSubject(mapping.subject())
                    .setRequester(mapping.subject())
                    .setAuthoredOnElement(Times.at(request.createdAt()));
            service.addPerformer(clinic);
            service.addIdentifier(PersonMapping.identifier(
                    mapping, "contact-request", request.id().toString()));
            service.addNote(new Annotation().setText(request.message()).setAuthor(mapping.subject()));
            if (request.preferredContact() != null) {
                service.addNote(new Annotation()
                        .setText("Preferred contact: " + request.preferredContact())
                        .setAuthor(mapping.subject()));
            }
            if (request.status() == ContactStatus.IN_PROGRESS) {
                service.addNote(new Annotation().setText("The clinic is working on it"));
            }
            if (request.reply() != null) {
                service.addNote(
                        new Annotation().setText(request.reply()).setAuthor(new Reference(clinic.getReference())));
            }
            screening(request, service, mapping);
            mapping.entries().add("ServiceRequest", request.id(), service);
        }
    }

    private static void screening(ContactRequest request, ServiceRequest service, Mapping mapping) {
        ContactRequest.SentScreening sent = request.screening();
        if (sent == null) {
            return;
        }
        Entries entries = mapping.entries();
        if (entries.has(ScreeningMapping.RESPONSE, sent.id())) {
            service.addSupportingInfo(Entries.ref(ScreeningMapping.RESPONSE, sent.id()));
            service.addSupportingInfo(Entries.ref(ScreeningMapping.ASSESSMENT, sent.id()));
        }
        // As it stood when sent: the person may have removed that screening since.
        service.addNote(new Annotation()
                .setText("Screening sent along (" + sent.at() + "): " + sent.disposition() + ", rules fired: "
                        + (sent.firedRules().isEmpty() ? "none" : String.join(", ", sent.firedRules()))));
    }
}
