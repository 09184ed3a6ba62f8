package org.spinewise.export.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.StopReason;
import org.spinewise.therapy.TherapySession;

/**
 * Each guided run as a {@code Procedure} (its completed exercises as procedures that are part of it, pain
 * before and after as observations that are part of it), and each heat or cold session as a procedure.
 */
final class ActivityMapping {

    static final String PROCEDURE = "Procedure";

    private ActivityMapping() {}

    static void runs(List<RoutineRun> runs, Mapping mapping) {
        Codes codes = mapping.codes();
        for (RoutineRun run : runs) {
            StopReason stop = run.stopReason();
            Procedure procedure = new Procedure()
                    .setStatus(stop == null ? Procedure.ProcedureStatus.COMPLETED : Procedure.ProcedureStatus.STOPPED)
                    .setCode(codes.concept("routine-run", "Guided stretching routine"))
                    .setSubject(mapping.subject())
                    .setPerformed(Times.period(run.startedAt(), run.endedAt()));
            procedure.addIdentifier(
                    PersonMapping.identifier(mapping, "routine-run", run.id().toString()));
            if (stop != null) {
                procedure.setStatusReason(codes.concept(stop.name(), PersonMapping.words(stop.name())));
            }
            procedure.addNote(new Annotation()
                    .setText("Completed, in order: "
                            + (run.completed().isEmpty() ? "nothing" : String.join(", ", run.completed()))));
            Reference whole = mapping.entries().add(PROCEDURE, "run/" + run.id(), procedure);
            for (int i = 0; i < run.completed().size(); i++) {
                Procedure step = new Procedure()
                        .setStatus(Procedure.ProcedureStatus.COMPLETED)
                        .setCode(new org.hl7.fhir.r4.model.CodeableConcept(
                                mapping.exercise(run.completed().get(i))))
                        .setSubject(mapping.subject());
                step.addPartOf(new Reference(whole.getReference()));
                mapping.entries().add(PROCEDURE, "run/" + run.id() + "/" + i, step);
            }
            pain(run, "before", run.painBefore(), mapping, whole);
            Integer after = run.painAfter();
            if (after != null) {
                pain(run, "after", after, mapping, whole);
            }
        }
    }

    private static void pain(RoutineRun run, String when, int pain, Mapping mapping, Reference whole) {
        Observation observation = JournalMapping.observation(
                mapping,
                Mapping.painSeverity(),
                Times.at(when.equals("before") ? run.startedAt() : run.endedAt()),
                new IntegerType(pain));
        observation.addPartOf(new Reference(whole.getReference()));
        observation.addNote(new Annotation().setText("Pain " + when + " the routine"));
        mapping.entries().add(JournalMapping.OBSERVATION, "run/" + run.id() + "/pain-" + when, observation);
    }

    static void therapy(List<TherapySession> sessions, Mapping mapping) {
        for (TherapySession session : sessions) {
            Procedure procedure = new Procedure()
                    .setStatus(
                            session.finished()
                                    ? Procedure.ProcedureStatus.COMPLETED
                                    : Procedure.ProcedureStatus.STOPPED)
                    .setCode(new org.hl7.fhir.r4.model.CodeableConcept(therapyCode(session, mapping)))
                    .setSubject(mapping.subject())
                    .setPerformed(Times.period(session.startedAt(), session.endedAt()));
            procedure.addIdentifier(PersonMapping.identifier(
                    mapping, "therapy-session", session.id().toString()));
            procedure.addNote(new Annotation()
                    .setText("Set for " + session.minutes() + " minutes; "
                            + (session.finished() ? "ran to its end" : "ended early")));
            mapping.entries().add(PROCEDURE, "therapy/" + session.id(), procedure);
        }
    }

    private static org.hl7.fhir.r4.model.Coding therapyCode(TherapySession session, Mapping mapping) {
        return switch (session.kind()) {
            case HEAT -> mapping.exercise("heat-therapy");
            case COLD -> mapping.exercise("cold-therapy");
            case ALTERNATE -> mapping.codes().coding("alternating-heat-cold", "Heat and cold in turn");
        };
    }
}
