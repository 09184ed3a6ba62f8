package org.spinewise.clinic.web;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.PathId;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.ClinicViews.AssignmentView;
import org.spinewise.clinic.ClinicViews.PatientSummaryView;
import org.spinewise.clinic.Clinician;
import org.spinewise.clinic.Links;
import org.spinewise.clinic.Patients;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A clinician's API (clinic-api.md): invites, the clinic's patients, and the routines it assigns. The role is
 * checked by {@link ClinicRoles} first; a patient not linked to the caller's clinic is not there (404).
 */
@JsonApiController("/api/v1/clinic")
@RequiredArgsConstructor
class ClinicApiController {

    private static final String PATIENT = "patient";
    private static final String PATIENT_ID = "patientId";

    private final Links links;
    private final Patients patients;
    private final Assignments assignments;
    private final AssignmentReader reader;
    private final PatientDetailView detailView;

    @PostMapping("/invites")
    ResponseEntity<Links.Invite> invite(Clinician clinician, InputStream body) {
        reader.emptyObject(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(links.invite(clinician));
    }

    @GetMapping("/patients")
    Items<PatientSummaryView> patients(Clinician clinician) {
        return new Items<>(
                patients.list(clinician).stream().map(PatientSummaryView::of).toList());
    }

    @GetMapping("/patients/{patientId}")
    PatientDetailView.Detail patient(
            Clinician clinician, @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId) {
        return detailView.of(patients.detail(clinician, patientId));
    }

    @DeleteMapping("/patients/{patientId}")
    ResponseEntity<Void> unlink(Clinician clinician, @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId) {
        links.unlink(clinician, patientId);
        return ResponseEntity.noContent().build();
    }

    /** Checks in the contract's order: the patient (404), the body (400), then the safety core (409). */
    @PostMapping("/patients/{patientId}/assignments")
    ResponseEntity<AssignmentView> assign(
            Clinician clinician, @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId, InputStream body) {
        patients.requireLinked(clinician, patientId);
        Assignments.NewAssignment request = reader.read(body);
        Assignment assignment = assignments.assign(clinician, patientId, request);
        return ResponseEntity.created(
                        URI.create("/api/v1/clinic/patients/" + patientId + "/assignments/" + assignment.id()))
                .body(AssignmentView.of(assignment));
    }

    @DeleteMapping("/patients/{patientId}/assignments/{id}")
    ResponseEntity<Void> endAssignment(
            Clinician clinician,
            @PathId(value = PATIENT, variable = PATIENT_ID) UUID patientId,
            @PathId("assignment") UUID id) {
        assignments.end(clinician, patientId, id);
        return ResponseEntity.noContent().build();
    }
}
