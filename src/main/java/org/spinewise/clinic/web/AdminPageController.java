package org.spinewise.clinic.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.PasswordResets;
import org.spinewise.account.ResetLinks;
import org.spinewise.api.ConflictException;
import org.spinewise.api.FormErrors;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.clinic.Administration;
import org.spinewise.clinic.Clinic;
import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;
import org.spinewise.versions.ContentReleaseRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrator's page ({@code /admin}): clinics and their clinicians, with forms to add a clinic and to
 * add or remove a clinician by email, and the content and rule versions in force. ADMIN is checked by
 * {@link ClinicRoles} first.
 */
@Controller
@RequestMapping("/admin")
@RequiredArgsConstructor
class AdminPageController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPageController.class);
    private static final String RESET = "reset";

    private final Administration administration;
    private final RuleBook rules;
    private final Library library;
    private final ContentReleaseRepository releases;
    private final PasswordResets resets;
    private final ResetLinks links;

    record ClinicForm(@Nullable String name) {}

    record ResetForm(@Nullable String email) {}

    record ClinicianForm(
            @Nullable String clinicId, @Nullable String email) {}

    @GetMapping
    String show(@RequestParam(name = "done", required = false) @Nullable String done, Model model) {
        return page(done, null, Map.of(), Map.of(), null, model);
    }

    /**
     * A reset link for a person who cannot get one by email: shown once, for the administrator to pass on in
     * person or by phone; only its hash is kept. Logged with who issued it, for whom (by account id), and
     * until when, since the link opens the account.
     */
    @PostMapping("/password-resets")
    String issueReset(
            @ModelAttribute ResetForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String email = form.email() == null ? "" : form.email().strip();
        var issued = resets.issueFor(email);
        if (issued.isEmpty()) {
            FormErrors.reject(result, "email", Messages.t("clinic.admin.reset.noAccount"));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(null, RESET, FormErrors.byField(result), Map.of("email", email), null, model);
        }
        LOG.info(
                "Administrator {} issued a password-reset link for account {}, valid for {}",
                CurrentPerson.require().accountId(),
                issued.get().account().id(),
                resets.lifetime());
        String origin = ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(null)
                .build()
                .toUriString();
        String link = links.link(issued.get().token(), origin);
        return page(
                null, RESET, Map.of(), Map.of("email", issued.get().account().email()), link, model);
    }

    @PostMapping("/clinics")
    String createClinic(
            @ModelAttribute ClinicForm form, BindingResult result, Model model, HttpServletResponse response) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > Clinic.MAX_NAME) {
            FormErrors.reject(result, "name", Messages.t("clinic.admin.error.name", Clinic.MAX_NAME));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, "clinic", FormErrors.byField(result), Map.of("name", name), null, model);
        }
        administration.createClinic(name);
        return "redirect:/admin?done=clinic";
    }

    @PostMapping("/clinicians")
    String addClinician(
            @ModelAttribute ClinicianForm form, BindingResult result, Model model, HttpServletResponse response) {
        String email = form.email() == null ? "" : form.email().strip();
        try {
            administration.appoint(clinicId(form), email);
            return "redirect:/admin?done=clinician";
        } catch (ResourceNotFoundException unknown) {
            FormErrors.reject(result, "email", Messages.t("clinic.admin.error.noAccount"));
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } catch (InvalidRequestException invisible) {
            FormErrors.reject(result, "email", Messages.t("clinic.admin.error.invisible"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException elsewhere) {
            FormErrors.reject(result, "email", Messages.t("clinic.admin.error.elsewhere"));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return page(null, form.clinicId(), FormErrors.byField(result), Map.of("email", email), null, model);
    }

    @PostMapping("/clinicians/remove")
    String removeClinician(@ModelAttribute ClinicianForm form) {
        administration.dismiss(clinicId(form), form.email() == null ? "" : form.email());
        return "redirect:/admin?done=removed";
    }

    private String page(
            @Nullable String done,
            @Nullable String failedForm,
            Map<String, String> errors,
            Map<String, String> values,
            @Nullable String resetLink,
            Model model) {
        model.addAttribute(
                "page",
                new AdminPage(
                        administration.clinicsWithStaff(),
                        rules.version(),
                        rules.review(),
                        library.version(),
                        library.review(),
                        releases.all(),
                        done,
                        failedForm,
                        errors,
                        values,
                        resetLink));
        return "clinic/admin";
    }

    /** @throws ResourceNotFoundException for an id that names no clinic, as the service does */
    private static UUID clinicId(ClinicianForm form) {
        try {
            return UUID.fromString(form.clinicId() == null ? "" : form.clinicId());
        } catch (IllegalArgumentException notAnId) {
            throw new ResourceNotFoundException("clinic", String.valueOf(form.clinicId()));
        }
    }
}
