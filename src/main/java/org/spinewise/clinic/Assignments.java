package org.spinewise.clinic;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.ConflictException;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.library.Dose;
import org.spinewise.planner.AssignedItem;
import org.spinewise.planner.AssignedRoutines;
import org.spinewise.planner.Plan;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routines a clinician assigns, checked by the safety core against the patient's latest screening before
 * anything is stored, and played by the person against their screening at that moment (clinic-api.md,
 * "Assigned routines").
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Assignments {

    public static final String ITEMS = "items";
    private static final java.util.Set<String> REFUSING = java.util.Set.of("EMERGENCY", "URGENT");

    private final AssignmentRepository assignments;
    private final Patients patients;
    private final LatestScreenings screenings;
    private final AssignedRoutines safety;
    private final AccessLog accessLog;
    private final Clock clock;

    /** An item as the clinician asked for it; a null dose takes the library's. */
    public record RequestedItem(
            String exerciseId,
            @Nullable Integer reps,
            @Nullable Integer sets,
            @Nullable Integer holdSeconds) {}

    /** A routine to assign, its shape and ranges already checked. */
    public record NewAssignment(String title, List<RequestedItem> items, String note) {}

    /** A part of an assignment the safety core refused, with the rules that refuse it. */
    public record RefusedItem(String field, String message, List<String> rules) {}

    /** A routine ready to play, or the reason it is not. */
    public record Playable(Assignment assignment, @Nullable Plan plan) {

        /** No screening the current rules can read: the person must take the safety check first. */
        public boolean needsScreening() {
            return plan == null;
        }
    }

    public boolean isAssignable(String exerciseId) {
        return safety.isAssignable(exerciseId);
    }

    /**
     * @throws ResourceNotFoundException when the patient is not linked to the clinician's clinic
     * @throws ConflictException         naming each item (or {@code items}) the latest screening refuses
     */
    @Transactional
    public Assignment assign(Clinician clinician, UUID patientId, NewAssignment request) {
        patients.requireLinked(clinician, patientId);
        var latest = screenings.of(patientId);
        var reading = latest.flatMap(screenings::reread);
        var current = reading.map(LatestScreenings.Reading::result).orElse(null);
        if (current == null
                && latest.isPresent()
                && REFUSING.contains(latest.get().disposition())) {
            // Today's rules cannot read it, but it was answered EMERGENCY or URGENT: that still refuses.
            throw new ConflictException(
                    Messages.t("clinic.api.refused"),
                    List.of(new RefusedItem(
                            ITEMS,
                            Messages.t("clinic.api.refused.everything"),
                            latest.get().settingRules())));
        }
        if (current != null) {
            List<String> ids =
                    request.items().stream().map(RequestedItem::exerciseId).toList();
            List<RefusedItem> refused = safety.refusals(ids, current).stream()
                    .map(refusal -> refusal.index() == null
                            ? new RefusedItem(ITEMS, Messages.t("clinic.api.refused.everything"), refusal.rules())
                            : new RefusedItem(
                                    ITEMS + "[" + refusal.index() + "].exerciseId",
                                    Messages.t("clinic.api.refused.item", String.valueOf(refusal.exerciseId())),
                                    refusal.rules()))
                    .toList();
            if (!refused.isEmpty()) {
                throw new ConflictException(Messages.t("clinic.api.refused"), refused);
            }
        }
        int pain = reading.map(LatestScreenings.Reading::painLevel).orElse(0);
        var assignment = new Assignment(
                UUID.randomUUID(),
                patientId,
                clinician.clinic(),
                request.title(),
                request.items().stream().map(item -> dosed(item, pain)).toList(),
                request.note(),
                ClinicTime.now(clock),
                null);
        assignments.insert(assignment);
        accessLog.append(patientId, clinician, AccessAction.CREATE_ASSIGNMENT, "assignment/" + assignment.id());
        return assignment;
    }

    /** @throws ResourceNotFoundException for an unlinked patient or an assignment not active for the clinic */
    @Transactional
    public void end(Clinician clinician, UUID patientId, UUID assignmentId) {
        patients.requireLinked(clinician, patientId);
        if (!assignments.end(patientId, clinician.clinic().id(), assignmentId, ClinicTime.now(clock))) {
            throw new ResourceNotFoundException("assignment", assignmentId.toString());
        }
        accessLog.append(patientId, clinician, AccessAction.END_ASSIGNMENT, "assignment/" + assignmentId);
    }

    /** The person's active assignments, newest first. */
    public List<Assignment> active(UUID personId) {
        return assignments.active(personId);
    }

    /** One clinic's active assignments for the person, newest first. */
    public List<Assignment> active(UUID personId, UUID clinicId) {
        return assignments.active(personId, clinicId);
    }

    /** Every assignment the person had, ended ones too. */
    public List<Assignment> all(UUID personId) {
        return assignments.all(personId);
    }

    /** One of the person's active assignments, filtered by their latest screening now. */
    @Transactional(readOnly = true)
    public Optional<Playable> play(UUID personId, UUID assignmentId) {
        return assignments
                .findActive(personId, assignmentId)
                .map(assignment -> new Playable(
                        assignment,
                        screenings
                                .of(personId)
                                .flatMap(screenings::reread)
                                .map(reading -> safety.playable(assignment.items(), reading.result()))
                                .orElse(null)));
    }

    private AssignedItem dosed(RequestedItem item, int pain) {
        Dose dose = safety.dose(item.exerciseId());
        return new AssignedItem(
                item.exerciseId(),
                item.reps() != null ? item.reps() : dose.reps(),
                item.sets() != null ? item.sets() : dose.setsFor(pain),
                item.holdSeconds() != null ? item.holdSeconds() : dose.holdSeconds());
    }
}
