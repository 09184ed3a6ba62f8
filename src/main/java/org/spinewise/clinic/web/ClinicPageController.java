package org.spinewise.clinic.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ConflictException;
import org.spinewise.api.FormErrors;
import org.spinewise.api.PathId;
import org.spinewise.clinic.Clinician;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.clinic.Links;
import org.spinewise.clinic.Patients;
import org.spinewise.clinic.web.ClinicPages.DashboardPage;
import org.spinewise.clinic.web.ClinicPages.RequestsPage;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A clinician's pages: the dashboard ({@code /clinic}) with the patients by flags, the open requests and a
 * fresh invite code, and the contact requests ({@code /clinic/requests}) with a form to answer each. The
 * role is checked by {@link ClinicRoles} before any of these runs; the services log every read.
 */
@Controller
@RequiredArgsConstructor
class ClinicPageController {

    private final Patients patients;
    private final ContactRequests requests;
    private final Links links;

    /** The form to move a request on and answer it; a blank status leaves it where it is. */
    record RequestForm(@Nullable String status, @Nullable String reply) {}

    @GetMapping("/clinic")
    String dashboard(
            Clinician clinician,
            @SignedIn SignedInPerson person,
            @RequestParam(name = "unlinked", required = false) @Nullable String unlinked,
            Model model) {
        return dashboard(clinician, person, null, unlinked != null, model);
    }

    /** Shows the code in the answer itself: it is its only copy, so it is never put in a URL or a session. */
    @PostMapping("/clinic/invites")
    String invite(Clinician clinician, @SignedIn SignedInPerson person, Model model) {
        return dashboard(clinician, person, links.invite(clinician), false, model);
    }

    @GetMapping("/clinic/requests")
    String requests(
            Clinician clinician,
            @SignedIn SignedInPerson person,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "updated", required = false) @Nullable String updated,
            Model model) {
        return requestsPage(clinician, person, parse(status), updated, null, Map.of(), Map.of(), model);
    }

    @PostMapping("/clinic/requests/{id}")
    String answer(
            Clinician clinician,
            @SignedIn SignedInPerson person,
            @PathId("contact request") UUID id,
            @RequestParam(name = "filter", required = false) @Nullable String filter,
            @ModelAttribute RequestForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        String reply = form.reply() == null ? "" : form.reply().replace("\r\n", "\n");
        if (reply.codePointCount(0, reply.length()) > ContactRequest.MAX_REPLY) {
            FormErrors.reject(result, "reply", Messages.t("clinic.requests.error.reply", ContactRequest.MAX_REPLY));
        }
        ContactStatus next = parse(form.status());
        String back = filter == null || parse(filter) == null ? "" : "status=" + parse(filter) + "&";
        if (!result.hasErrors()) {
            try {
                requests.update(clinician, id, next, reply.isBlank() ? null : reply);
                return "redirect:/clinic/requests?" + back + "updated=" + id;
            } catch (ConflictException refused) {
                FormErrors.reject(result, "status", refused.getMessage());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return requestsPage(
                clinician,
                person,
                parse(filter),
                null,
                id.toString(),
                FormErrors.byField(result),
                Map.of("reply", reply),
                model);
    }

    private String dashboard(
            Clinician clinician, SignedInPerson person, Links.@Nullable Invite invite, boolean unlinked, Model model) {
        model.addAttribute(
                "page",
                new DashboardPage(
                        clinician.clinic().name(),
                        patients.list(clinician),
                        requests.received(clinician, ContactStatus.OPEN),
                        invite,
                        unlinked,
                        person.timeZone()));
        return "clinic/dashboard";
    }

    /** A status from a form or the filter; anything else (blank, mistyped) reads as none. */
    private static @Nullable ContactStatus parse(@Nullable String status) {
        return Arrays.stream(ContactStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    /** The clinic's requests, listed (and so logged as read) afresh for every answer. */
    private String requestsPage(
            Clinician clinician,
            SignedInPerson person,
            @Nullable ContactStatus filter,
            @Nullable String updated,
            @Nullable String failed,
            Map<String, String> errors,
            Map<String, String> values,
            Model model) {
        model.addAttribute(
                "page",
                new RequestsPage(
                        clinician.clinic().name(),
                        filter,
                        requests.received(clinician, filter),
                        updated,
                        failed,
                        errors,
                        values,
                        person.timeZone()));
        return "clinic/requests";
    }
}
