package org.spinewise.clinic.web;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FormErrors;
import org.spinewise.clinic.Administration;
import org.spinewise.clinic.Clinic;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactRequests;
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
 * "Contact a clinic" ({@code /contact}), where every result and advice that sends the person to a
 * professional leads: the form, then exactly what will be sent (the message, how to reach them and their
 * latest kept safety check), then the sending. Open to anyone, so that a visitor without an account learns
 * why they must sign in first.
 */
@Controller
@RequiredArgsConstructor
class ContactPageController {

    static final String REVIEW = "review";
    static final String SEND = "send";

    private final ContactRequests requests;
    private final Administration administration;

    /**
     * @param step        {@code review} to see what would be sent, {@code send} to send it, else back to the form
     * @param screeningId the screening the review showed ({@code none} for none), so that what is sent is what
     *                    was shown
     */
    record ContactForm(
            @Nullable String clinicId,
            @Nullable String message,
            @Nullable String preferredContact,
            @Nullable String step,
            @Nullable String screeningId) {

        String cleanMessage() {
            return message == null ? "" : message.replace("\r\n", "\n").strip();
        }

        String cleanPreferred() {
            return preferredContact == null ? "" : preferredContact.strip();
        }
    }

    @GetMapping("/contact")
    String form(@RequestParam(name = "sent", required = false) @Nullable String sent, Model model) {
        Optional<SignedInPerson> person = CurrentPerson.find();
        if (person.isEmpty()) {
            return "clinic/contactSignIn";
        }
        return form(person.get(), new ContactForm(null, null, null, null, null), Map.of(), sent != null, model);
    }

    @PostMapping("/contact")
    String post(@ModelAttribute ContactForm form, BindingResult result, Model model, HttpServletResponse response) {
        Optional<SignedInPerson> signedIn = CurrentPerson.find();
        if (signedIn.isEmpty()) {
            return "redirect:/signin";
        }
        SignedInPerson person = signedIn.get();
        Clinic clinic = check(form, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(person, form, FormErrors.byField(result), false, model);
        }
        Clinic chosen = Objects.requireNonNull(clinic);
        var screening = requests.screeningToSend(person.accountId());
        String shownId = screening == null ? "none" : screening.id().toString();
        if (SEND.equals(form.step()) && shownId.equals(form.screeningId())) {
            String preferred = form.cleanPreferred();
            requests.send(person.accountId(), chosen.id(), form.cleanMessage(), preferred.isEmpty() ? null : preferred);
            return "redirect:/contact?sent";
        }
        if (!REVIEW.equals(form.step()) && !SEND.equals(form.step())) {
            return form(person, form, Map.of(), false, model);
        }
        // A first review, or a send whose safety check changed since the review: show what goes now.
        model.addAttribute("message", form.cleanMessage());
        model.addAttribute("preferredContact", form.cleanPreferred());
        model.addAttribute("clinic", chosen);
        model.addAttribute("screening", screening);
        model.addAttribute("screeningId", shownId);
        model.addAttribute("changed", SEND.equals(form.step()));
        model.addAttribute("zone", person.timeZone());
        return "clinic/contactReview";
    }

    private @Nullable Clinic check(ContactForm form, BindingResult result) {
        Clinic clinic = clinic(form.clinicId());
        if (clinic == null) {
            FormErrors.reject(result, ContactRequests.CLINIC_ID, Messages.t("clinic.contact.error.clinic"));
        }
        String message = form.cleanMessage();
        if (message.isEmpty() || message.codePointCount(0, message.length()) > ContactRequest.MAX_MESSAGE) {
            FormErrors.reject(
                    result, "message", Messages.t("clinic.contact.error.message", ContactRequest.MAX_MESSAGE));
        }
        String preferred = form.cleanPreferred();
        if (preferred.codePointCount(0, preferred.length()) > ContactRequest.MAX_PREFERRED_CONTACT) {
            FormErrors.reject(
                    result,
                    "preferredContact",
                    Messages.t("clinic.contact.error.reach", ContactRequest.MAX_PREFERRED_CONTACT));
        }
        return clinic;
    }

    private @Nullable Clinic clinic(@Nullable String id) {
        return administration.clinics().stream()
                .filter(clinic -> clinic.id().toString().equals(id))
                .findFirst()
                .orElse(null);
    }

    private String form(
            SignedInPerson person, ContactForm form, Map<String, String> errors, boolean sent, Model model) {
        model.addAttribute("clinics", administration.clinics());
        model.addAttribute("clinicId", form.clinicId() == null ? "" : form.clinicId());
        model.addAttribute("message", form.message() == null ? "" : form.message());
        model.addAttribute("preferredContact", form.preferredContact() == null ? "" : form.preferredContact());
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute("screening", requests.screeningToSend(person.accountId()));
        model.addAttribute("zone", person.timeZone());
        return "clinic/contact";
    }
}
