package org.spinewise.clinic.web;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PathId;
import org.spinewise.clinic.ClinicViews.ReceivedRequestView;
import org.spinewise.clinic.Clinician;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.system.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clinic's queue of "contact us" requests (clinic-api.md, "Contact requests"). */
@JsonApiController("/api/v1/clinic/contact-requests")
@RequiredArgsConstructor
class ContactRequestApiController {

    static final List<String> STATUSES =
            Arrays.stream(ContactStatus.values()).map(Enum::name).toList();

    private final ContactRequests requests;

    @GetMapping
    Items<ReceivedRequestView> list(
            Clinician clinician, @RequestParam(name = "status", required = false) @Nullable String status) {
        return new Items<>(requests.received(clinician, status(status)).stream()
                .map(ReceivedRequestView::of)
                .toList());
    }

    @PatchMapping("/{id}")
    ReceivedRequestView update(Clinician clinician, @PathId("contact request") UUID id, InputStream body) {
        requests.requireReceived(clinician, id); // an unknown request is 404 whatever the body
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of("status", "reply"));
        String status = fields.optionalText("status", 20) == null ? null : fields.oneOf("status", STATUSES);
        String reply = ClinicFields.optionalText(fields, "reply", ContactRequest.MAX_REPLY);
        fields.throwIfInvalid();
        return ReceivedRequestView.of(
                requests.update(clinician, id, status == null ? null : ContactStatus.valueOf(status), reply));
    }

    private static @Nullable ContactStatus status(@Nullable String status) {
        if (status == null) {
            return null;
        }
        if (!STATUSES.contains(status)) {
            throw new InvalidRequestException(
                    List.of(new FieldError("status", Messages.t("api.field.oneOfOnly", STATUSES))));
        }
        return ContactStatus.valueOf(status);
    }
}
