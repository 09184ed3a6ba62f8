package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ConflictException;
import org.spinewise.api.FormErrors;
import org.spinewise.api.PathId;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.Clinician;
import org.spinewise.clinic.Links;
import org.spinewise.clinic.Patients;
import org.spinewise.clinic.web.PatientPage.AssignFormView;
import org.spinewise.clinic.web.PatientPage.Refusal;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A linked patient's page for the clinic ({@code /clinic/patients/{id}}): their records, the clinic's
 * routines for them with a way to end each, a way to end the link, and the form to assign a routine that the
 * safety core checks. A patient not linked to the clinic is not there (404).
 */
@Controller
@RequestMapping("/clinic/patients/{patientId}")
@RequiredArgsConstructor
class PatientPageController {

    private static final String PATIENT = "patient";
    private static final String PATIENT_ID = "patientId";

    private final Patients patients;
    private final Assignments assignments;
    private final Links links;
    private final PatientPages pages;

    @GetMapping
    String show(
            Clinician clinician,
            @SignedIn SignedInPerson person,
            @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId,
            @RequestParam(name = "assigned", required = false) @Nullable String assigned,
            Model model) {
        model.addAttribute(
                "page",
                pages.of(patients.detail(clinician, patientId), AssignFormView.empty(), assigned != null, person));
        return "clinic/patient";
    }

    @PostMapping("/assignments")
    String assign(
            Clinician clinician,
            @SignedIn SignedInPerson person,
            @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId,
            @ModelAttribute AssignForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        patients.requireLinked(clinician, patientId);
        Assignments.NewAssignment request = form.read(assignments, result);
        List<Refusal> refusals = List.of();
        if (request != null) {
            try {
                assignments.assign(clinician, patientId, request);
                return "redirect:/clinic/patients/" + patientId + "?assigned";
            } catch (ConflictException refused) {
                refusals = refusals(refused, request, result);
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        var shown = new AssignFormView(form.chosen(), form.values(), FormErrors.byField(result), refusals);
        model.addAttribute("page", pages.of(patients.detail(clinician, patientId), shown, false, person));
        return "clinic/patient";
    }

    @PostMapping("/assignments/{id}/end")
    String end(
            Clinician clinician,
            @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId,
            @PathId("assignment") UUID id) {
        assignments.end(clinician, patientId, id);
        return "redirect:/clinic/patients/" + patientId;
    }

    @PostMapping("/unlink")
    String unlink(Clinician clinician, @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId) {
        links.unlink(clinician, patientId);
        return "redirect:/clinic?unlinked";
    }

    /** The safety core's refusals in words, each item's also next to its choice in the form. */
    private List<Refusal> refusals(ConflictException refused, Assignments.NewAssignment request, BindingResult result) {
        List<Refusal> refusals = new ArrayList<>();
        for (Object error : refused.errors()) {
            if (!(error instanceof Assignments.RefusedItem item)) {
                continue;
            }
            String exerciseId = exerciseId(item.field(), request);
            if (exerciseId == null) {
                refusals.add(new Refusal(Messages.t("clinic.assign.refused.whole"), item.message(), item.rules()));
                FormErrors.reject(result, "items", item.message());
            } else {
                String name = pages.name(exerciseId);
                refusals.add(new Refusal(name, Messages.t("clinic.api.refused.item", name), item.rules()));
                FormErrors.reject(
                        result,
                        "item-" + exerciseId,
                        Messages.t("clinic.assign.refused.item", ClinicWords.rules(item.rules())));
            }
        }
        return refusals;
    }

    /** The exercise an error's {@code items[i].exerciseId} names, or null for the whole routine. */
    private static @Nullable String exerciseId(String field, Assignments.NewAssignment request) {
        if (!field.startsWith(Assignments.ITEMS + "[")) {
            return null;
        }
        int index = Integer.parseInt(field.substring(Assignments.ITEMS.length() + 1, field.indexOf(']')));
        return request.items().get(index).exerciseId();
    }
}
