package org.spinewise.clinic;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.api.ConflictException;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.system.Messages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite codes and the links they make (clinic-api.md, "Linking a patient to a clinic"). A link lets the
 * clinic's clinicians see the person's data; either side ends it, with effect on the clinic's next request.
 */
@Service
@EnableConfigurationProperties(ClinicSettings.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Links {

    public static final String CODE = "code";
    // One message for an unknown, expired or used code, so a guess learns nothing about which it was.

    private final LinkRepository links;
    private final AssignmentRepository assignments;
    private final AccessLog accessLog;
    private final ClinicSettings settings;
    private final Clock clock;

    /** A fresh invite: the code to show (its only copy) and when it stops working. */
    public record Invite(String code, Instant expiresAt) {}

    @Transactional
    public Invite invite(Clinician clinician) {
        String code = InviteCodes.generate();
        Instant now = ClinicTime.now(clock);
        Instant expiresAt = now.plus(settings.inviteTtl());
        String canonical = InviteCodes.canonical(code).orElseThrow();
        links.insertInvite(InviteCodes.hash(canonical), clinician.clinic().id(), clinician.accountId(), now, expiresAt);
        return new Invite(code, expiresAt);
    }

    /**
     * Links the person to the invite's clinic and uses the code up; a refusal leaves the code as it was.
     *
     * @throws InvalidRequestException naming {@code code} when it is unknown, expired or used
     * @throws ConflictException       when the person is already linked to that clinic
     */
    @Transactional
    public Link link(UUID personId, String typedCode) {
        Instant now = ClinicTime.now(clock);
        String hash = InviteCodes.canonical(typedCode).map(InviteCodes::hash).orElseThrow(Links::refused);
        UUID clinicId = links.usableInvite(hash, now).orElseThrow(Links::refused);
        if (links.exists(personId, clinicId)) {
            throw new ConflictException(Messages.t("clinic.api.alreadyLinked"));
        }
        try {
            links.insert(UUID.randomUUID(), personId, clinicId, now);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(Messages.t("clinic.api.alreadyLinked"));
        }
        if (!links.useInvite(hash, now)) {
            throw refused(); // another request used it a moment ago; this transaction's link rolls back
        }
        return links.find(personId, clinicId).orElseThrow();
    }

    public List<Link> of(UUID personId) {
        return links.ofPerson(personId);
    }

    /** Whether the person is linked to the clinic now. */
    public boolean linked(UUID personId, UUID clinicId) {
        return links.exists(personId, clinicId);
    }

    /** The person ends one of their links. @throws ResourceNotFoundException when it is not theirs */
    @Transactional
    public void unlink(UUID personId, UUID linkId) {
        Link link = links.findById(personId, linkId)
                .orElseThrow(() -> new ResourceNotFoundException("link", linkId.toString()));
        end(link);
    }

    /** The clinic ends its link to a patient. @throws ResourceNotFoundException when they are not linked */
    @Transactional
    public void unlink(Clinician clinician, UUID patientId) {
        Link link = links.find(patientId, clinician.clinic().id())
                .orElseThrow(() -> new ResourceNotFoundException("patient", patientId.toString()));
        end(link);
        accessLog.append(patientId, clinician, AccessAction.UNLINK, "link/" + link.id());
    }

    private void end(Link link) {
        links.delete(link.id());
        assignments.endAll(link.accountId(), link.clinic().id(), ClinicTime.now(clock));
    }

    private static InvalidRequestException refused() {
        return new InvalidRequestException(List.of(new FieldError(CODE, Messages.t("clinic.api.code"))));
    }
}
