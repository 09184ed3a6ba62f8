package org.spinewise.export.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;

/** Check-ins as pain, stiffness and sitting-hours observations; each logged crack as an observation. */
final class JournalMapping {

    static final String OBSERVATION = "Observation";
    static final String UCUM = "http://unitsofmeasure.org";

    private JournalMapping() {}

    static void checkIns(List<CheckIn> checkIns, Mapping mapping) {
        for (CheckIn checkIn : checkIns) {
            String key = "checkin/" + checkIn.day();
            DateTimeType day = Times.day(checkIn.day());
            Observation pain = observation(mapping, Mapping.painSeverity(), day, new IntegerType(checkIn.pain()));
            if (checkIn.note() != null) {
                pain.addNote(new Annotation().setText(checkIn.note()));
            }
            mapping.entries().add(OBSERVATION, key + "/pain", pain);
            mapping.entries()
                    .add(
                            OBSERVATION,
                            key + "/stiffness",
                            observation(
                                    mapping,
                                    mapping.codes().concept("stiffness", "Back stiffness (0-10)"),
                                    day,
                                    new IntegerType(checkIn.stiffness())));
            Quantity hours = new Quantity()
                    .setValue(checkIn.sittingHours())
                    .setUnit("h")
                    .setSystem(UCUM)
                    .setCode("h");
            mapping.entries()
                    .add(
                            OBSERVATION,
                            key + "/sitting",
                            observation(
                                    mapping,
                                    mapping.codes().concept("sitting-hours", "Hours spent sitting that day"),
                                    day,
                                    hours));
        }
    }

    static void cracks(List<Crack> cracks, Mapping mapping) {
        Codes codes = mapping.codes();
        for (Crack crack : cracks) {
            Observation observation =
                    observation(mapping, codes.concept("crack", "Back crack logged"), Times.at(crack.at()), null);
            observation.addIdentifier(
                    PersonMapping.identifier(mapping, "crack", crack.id().toString()));
            CodeableConcept technique = new CodeableConcept(
                    Crack.OTHER.equals(crack.technique())
                            ? codes.coding(Crack.OTHER, "Another technique")
                            : mapping.exercise(crack.technique()));
            observation
                    .addComponent()
                    .setCode(codes.concept("crack-technique", "Technique"))
                    .setValue(technique);
            observation
                    .addComponent()
                    .setCode(codes.concept("crack-forced", "Forced"))
                    .setValue(new BooleanType(crack.forced()));
            observation
                    .addComponent()
                    .setCode(codes.concept("crack-painful", "Painful"))
                    .setValue(new BooleanType(crack.painful()));
            mapping.entries().add(OBSERVATION, "crack/" + crack.id(), observation);
        }
    }

    /** A final survey observation of the person; {@code value} null when components carry the values. */
    static Observation observation(
            Mapping mapping,
            CodeableConcept code,
            DateTimeType effective,
            @org.jspecify.annotations.Nullable Type value) {
        Observation observation = new Observation()
                .setStatus(Observation.ObservationStatus.FINAL)
                .setCode(code)
                .setSubject(mapping.subject())
                .setEffective(effective);
        observation.addCategory(Mapping.survey());
        if (value != null) {
            observation.setValue(value);
        }
        return observation;
    }
}
