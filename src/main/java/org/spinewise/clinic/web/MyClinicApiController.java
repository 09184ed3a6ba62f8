package org.spinewise.clinic.web;

import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PathId;
import org.spinewise.clinic.AccessLog;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.ClinicViews.AccessEntryView;
import org.spinewise.clinic.ClinicViews.AssignmentView;
import org.spinewise.clinic.ClinicViews.ContactRequestView;
import org.spinewise.clinic.ClinicViews.LinkView;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.clinic.Link;
import org.spinewise.clinic.Links;
import org.spinewise.system.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's side of the clinic (clinic-api.md): links, assigned routines, contact requests, access log. */
@JsonApiController("/api/v1/me")
@RequiredArgsConstructor
class MyClinicApiController {

    private final Links links;
    private final Assignments assignments;
    private final ContactRequests requests;
    private final AccessLog accessLog;

    @PostMapping("/links")
    ResponseEntity<LinkView> link(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of(Links.CODE));
        // Any length reads as a code: one too long to be one is refused like every unknown code.
        String code = fields.text(Links.CODE, Integer.MAX_VALUE);
        fields.throwIfInvalid();
        Link link = links.link(person.accountId(), Objects.requireNonNull(code));
        return ResponseEntity.created(URI.create("/api/v1/me/links/" + link.id()))
                .body(LinkView.of(link));
    }

    @GetMapping("/links")
    Items<LinkView> links(@SignedIn SignedInPerson person) {
        return new Items<>(
                links.of(person.accountId()).stream().map(LinkView::of).toList());
    }

    @DeleteMapping("/links/{id}")
    ResponseEntity<Void> unlink(@SignedIn SignedInPerson person, @PathId("link") UUID id) {
        links.unlink(person.accountId(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/assignments")
    Items<AssignmentView> assignments(@SignedIn SignedInPerson person) {
        return new Items<>(assignments.active(person.accountId()).stream()
                .map(AssignmentView::of)
                .toList());
    }

    @PostMapping("/contact-requests")
    ResponseEntity<ContactRequestView> contact(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of(ContactRequests.CLINIC_ID, "message", "preferredContact"));
        String clinicId = fields.text(ContactRequests.CLINIC_ID, 100);
        String message = ClinicFields.requiredText(fields, "message", ContactRequest.MAX_MESSAGE);
        String preferred = ClinicFields.optionalText(fields, "preferredContact", ContactRequest.MAX_PREFERRED_CONTACT);
        Optional<UUID> clinic =
                clinicId == null ? Optional.empty() : uuid(clinicId).filter(requests::isListed);
        if (clinicId != null && clinic.isEmpty()) {
            fields.error(ContactRequests.CLINIC_ID, Messages.t("clinic.api.notAClinic"));
        }
        fields.throwIfInvalid();
        ContactRequest request =
                requests.send(person.accountId(), clinic.orElseThrow(), Objects.requireNonNull(message), preferred);
        return ResponseEntity.created(URI.create("/api/v1/me/contact-requests/" + request.id()))
                .body(ContactRequestView.of(request));
    }

    @GetMapping("/contact-requests")
    Items<ContactRequestView> contactRequests(@SignedIn SignedInPerson person) {
        return new Items<>(requests.ofPerson(person.accountId()).stream()
                .map(ContactRequestView::of)
                .toList());
    }

    @GetMapping("/access-log")
    Items<AccessEntryView> accessLog(@SignedIn SignedInPerson person) {
        return new Items<>(accessLog.of(person.accountId()).stream()
                .map(AccessEntryView::of)
                .toList());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
