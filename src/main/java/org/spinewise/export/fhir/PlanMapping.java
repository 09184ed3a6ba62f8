package org.spinewise.export.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Timing;
import org.spinewise.clinic.Assignment;
import org.spinewise.export.PersonalData;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.planner.AssignedItem;
import org.spinewise.reminders.Schedule;
import tools.jackson.databind.JsonNode;

/**
 * Planned routines as {@code CarePlan}s the person made (intent {@code plan}), assigned ones as orders of
 * their clinic, and the movement-break schedule as a plan of timed breaks.
 */
final class PlanMapping {

    static final String CARE_PLAN = "CarePlan";

    private PlanMapping() {}

    static void routines(List<RoutinePlanRecord> routines, Mapping mapping) {
        for (RoutinePlanRecord record : routines) {
            JsonNode plan = mapping.sources().json().readTree(record.plan());
            CarePlan carePlan = carePlan(mapping, CarePlan.CarePlanStatus.COMPLETED, CarePlan.CarePlanIntent.PLAN)
                    .setTitle("Planned routine")
                    .setCreatedElement(Times.at(record.at()))
                    .setDescription("Planned under rules version "
                            + plan.path("rulesVersion").asString()
                            + " (disposition " + plan.path("disposition").asString() + "), "
                            + plan.path("totalSeconds").asInt() + " seconds in all");
            carePlan.setAuthor(mapping.subject());
            carePlan.addIdentifier(
                    PersonMapping.identifier(mapping, "routine", record.id().toString()));
            for (JsonNode item : plan.path("items")) {
                activity(carePlan, mapping, item.path("exerciseId").asString(), dose(item));
            }
            carePlan.addNote(new Annotation().setText("Request: " + record.request()));
            carePlan.addNote(new Annotation().setText("Left out for safety: " + plan.path("excluded")));
            carePlan.addNote(new Annotation().setText("Left out otherwise: " + plan.path("leftOut")));
            mapping.entries().add(CARE_PLAN, "routine/" + record.id(), carePlan);
        }
    }

    static void assignments(List<Assignment> assignments, Mapping mapping) {
        for (Assignment assignment : assignments) {
            CarePlan carePlan = carePlan(
                            mapping,
                            assignment.active() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED,
                            CarePlan.CarePlanIntent.ORDER)
                    .setTitle(assignment.title())
                    .setCreatedElement(Times.at(assignment.createdAt()));
            // Spinewise does not keep which clinician assigned it, only their clinic.
            carePlan.setAuthor(PersonMapping.organization(assignment.clinic(), mapping));
            carePlan.addIdentifier(PersonMapping.identifier(
                    mapping, "assignment", assignment.id().toString()));
            if (assignment.endedAt() != null) {
                carePlan.getPeriod().setEndElement(Times.at(assignment.endedAt()));
            }
            carePlan.getPeriod().setStartElement(Times.at(assignment.createdAt()));
            for (AssignedItem item : assignment.items()) {
                activity(
                        carePlan,
                        mapping,
                        item.exerciseId(),
                        item.reps() + " reps x " + item.sets() + " sets, hold " + item.holdSeconds() + " s");
            }
            if (!assignment.note().isBlank()) {
                carePlan.addNote(new Annotation().setText(assignment.note()));
            }
            mapping.entries().add(CARE_PLAN, "assignment/" + assignment.id(), carePlan);
        }
    }

    static void breaks(PersonalData.Breaks breaks, Mapping mapping) {
        Schedule schedule = breaks.schedule();
        CarePlan carePlan = carePlan(
                        mapping,
                        schedule.enabled() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.ONHOLD,
                        CarePlan.CarePlanIntent.PLAN)
                .setTitle("Movement breaks")
                .setDescription("From " + schedule.from() + " to " + schedule.to() + " every "
                        + schedule.intervalMinutes() + " minutes; calendar feed "
                        + (breaks.calendarFeed() ? "on" : "off") + "; push to "
                        + breaks.subscriptions().size()
                        + " browser(s)");
        carePlan.setAuthor(mapping.subject());
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent()
                .setFrequency(1)
                .setPeriod(schedule.intervalMinutes())
                .setPeriodUnit(Timing.UnitsOfTime.MIN);
        schedule.days().stream()
                .sorted()
                .forEach(day -> repeat.addDayOfWeek(
                        Timing.DayOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT))));
        breaks.subscriptions()
                .forEach(s -> carePlan.addNote(new Annotation().setText("Push endpoint: " + s.endpoint())));
        carePlan.addActivity()
                .getDetail()
                .setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED)
                .setCode(mapping.codes().concept("movement-break", "Movement break"))
                .setScheduled(new Timing().setRepeat(repeat));
        mapping.entries().add(CARE_PLAN, "breaks", carePlan);
    }

    private static CarePlan carePlan(Mapping mapping, CarePlan.CarePlanStatus status, CarePlan.CarePlanIntent intent) {
        return new CarePlan().setStatus(status).setIntent(intent).setSubject(mapping.subject());
    }

    private static void activity(CarePlan carePlan, Mapping mapping, String exerciseId, String dose) {
        carePlan.addActivity()
                .getDetail()
                .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                .setCode(new CodeableConcept(mapping.exercise(exerciseId)))
                .setDescription(dose);
    }

    private static String dose(JsonNode item) {
        return item.path("sides").asInt() + " side(s) x " + item.path("reps").asInt() + " reps x "
                + item.path("sets").asInt() + " sets, hold "
                + item.path("holdSeconds").asInt() + " s, rest "
                + item.path("restSeconds").asInt() + " s ("
                + item.path("seconds").asInt() + " s)";
    }
}
