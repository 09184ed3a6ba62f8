package org.spinewise.clinic.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.Items;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PathId;
import org.spinewise.clinic.Administration;
import org.spinewise.clinic.Clinic;
import org.spinewise.clinic.ClinicViews.ClinicView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration (clinic-api.md): clinics and their clinicians, for ADMIN only (checked by
 * {@link ClinicRoles} before this runs), and the public list of clinics.
 */
@RestController
@RequiredArgsConstructor
class AdminApiController {

    private static final String CLINICS = "/api/v1/admin/clinics";
    private static final String CLINIC = "clinic";

    private final Administration administration;

    record ClinicWithStaff(String id, String name, List<String> clinicians) {}

    record AppointmentView(String email, String clinicId, List<String> roles) {}

    @GetMapping(
            path = "/api/v1/clinics",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Items<ClinicView> publicList() {
        return new Items<>(administration.clinics().stream().map(ClinicView::of).toList());
    }

    @PostMapping(
            path = CLINICS,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<ClinicView> create(InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of("name"));
        String name = ClinicFields.requiredText(fields, "name", Clinic.MAX_NAME);
        fields.throwIfInvalid();
        Clinic clinic = administration.createClinic(Objects.requireNonNull(name));
        return ResponseEntity.created(URI.create(CLINICS + "/" + clinic.id())).body(ClinicView.of(clinic));
    }

    @GetMapping(
            path = CLINICS,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Items<ClinicWithStaff> list() {
        return new Items<>(administration.clinicsWithStaff().stream()
                .map(staff -> new ClinicWithStaff(
                        staff.clinic().id().toString(), staff.clinic().name(), staff.clinicians()))
                .toList());
    }

    @PutMapping(
            path = CLINICS + "/{clinicId}/clinicians/{email}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<AppointmentView> appoint(
            @PathId(value = CLINIC, variable = "clinicId") UUID clinicId, @PathVariable String email) {
        var appointment = administration.appoint(clinicId, email);
        var view = new AppointmentView(
                appointment.account().email(),
                appointment.clinicId().toString(),
                appointment.roles().stream().map(Enum::name).sorted().toList());
        return ResponseEntity.status(appointment.added() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view);
    }

    @DeleteMapping(CLINICS + "/{clinicId}/clinicians/{email}")
    ResponseEntity<Void> dismiss(
            @PathId(value = CLINIC, variable = "clinicId") UUID clinicId, @PathVariable String email) {
        administration.dismiss(clinicId, email);
        return ResponseEntity.noContent().build();
    }
}
