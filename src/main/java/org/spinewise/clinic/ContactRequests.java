package org.spinewise.clinic;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.AccountRepository;
import org.spinewise.api.ConflictException;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Contact us" requests (clinic-api.md, "Contact requests"): a person writes to any listed clinic, linked or
 * not, and the request carries their latest screening; the clinic sees that one request and its screening,
 * nothing else of an unlinked person, and every read or change of it goes in the person's access log.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContactRequests {

    public static final String CLINIC_ID = "clinicId";

    private final ContactRequestRepository requests;
    private final ClinicRepository clinics;
    private final AccountRepository accounts;
    private final LatestScreenings screenings;
    private final Links links;
    private final AccessLog accessLog;
    private final Clock clock;

    /** A request as its clinic lists it: with the patient id when the person is linked to the clinic. */
    public record Received(ContactRequest request, @Nullable UUID patientId) {}

    /** What the person would send now: the screening that goes with it, or null when they kept none. */
    public ContactRequest.@Nullable SentScreening screeningToSend(UUID personId) {
        return screenings
                .of(personId)
                .map(latest -> new ContactRequest.SentScreening(
                        latest.record().id(), latest.record().at(), latest.disposition(), latest.firedRules()))
                .orElse(null);
    }

    /** Whether Spinewise lists a clinic with this id, for a request to name it. */
    public boolean isListed(UUID clinicId) {
        return clinics.find(clinicId).isPresent();
    }

    /** @throws ResourceNotFoundException unless the request is the clinician's clinic's */
    public void requireReceived(Clinician clinician, UUID requestId) {
        if (requests.find(clinician.clinic().id(), requestId).isEmpty()) {
            throw new ResourceNotFoundException("contact request", requestId.toString());
        }
    }

    /** @throws InvalidRequestException naming {@code clinicId} when no such clinic is listed */
    @Transactional
    public ContactRequest send(UUID personId, UUID clinicId, String message, @Nullable String preferredContact) {
        Clinic clinic = clinics.find(clinicId)
                .orElseThrow(() -> new InvalidRequestException(
                        List.of(new FieldError(CLINIC_ID, Messages.t("clinic.api.notAClinic")))));
        String email = accounts.findById(personId).orElseThrow().email();
        var request = new ContactRequest(
                UUID.randomUUID(),
                personId,
                email,
                clinic,
                ContactStatus.OPEN,
                message,
                preferredContact,
                screeningToSend(personId),
                ClinicTime.now(clock),
                null);
        requests.insert(request);
        return request;
    }

    /** The person's own requests, newest first. */
    public List<ContactRequest> ofPerson(UUID personId) {
        return requests.ofPerson(personId);
    }

    /** The clinician's clinic's requests, oldest first; each listed one is logged as read. */
    @Transactional
    public List<Received> received(Clinician clinician, @Nullable ContactStatus status) {
        UUID clinicId = clinician.clinic().id();
        return requests.ofClinic(clinicId, status).stream()
                .map(request -> {
                    accessLog.append(
                            request.accountId(),
                            clinician,
                            AccessAction.READ_CONTACT_REQUEST,
                            "contact-request/" + request.id());
                    return received(request, clinicId);
                })
                .toList();
    }

    /**
     * Moves the request on and sets its reply (a null status or reply leaves that part as it is).
     *
     * @throws ResourceNotFoundException when the request is not the clinic's
     * @throws ConflictException         for a closed request or a move the statuses do not allow
     */
    @Transactional
    public Received update(
            Clinician clinician, UUID requestId, @Nullable ContactStatus status, @Nullable String reply) {
        UUID clinicId = clinician.clinic().id();
        ContactRequest request = requests.find(clinicId, requestId)
                .orElseThrow(() -> new ResourceNotFoundException("contact request", requestId.toString()));
        ContactStatus next = status == null ? request.status() : status;
        if (request.status() == ContactStatus.CLOSED) {
            throw new ConflictException(Messages.t("clinic.api.requestClosed"));
        }
        if (!request.status().mayMoveTo(next)) {
            throw new ConflictException(Messages.t("clinic.api.requestMove", request.status(), next));
        }
        String newReply = reply == null ? request.reply() : reply;
        if (!requests.update(clinicId, requestId, request.status(), next, newReply)) {
            throw new ConflictException(Messages.t("clinic.api.requestRace"));
        }
        accessLog.append(
                request.accountId(), clinician, AccessAction.UPDATE_CONTACT_REQUEST, "contact-request/" + requestId);
        return received(requests.find(clinicId, requestId).orElseThrow(), clinicId);
    }

    private Received received(ContactRequest request, UUID clinicId) {
        return new Received(request, links.linked(request.accountId(), clinicId) ? request.accountId() : null);
    }
}
