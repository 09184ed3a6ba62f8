package org.spinewise.export.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/** What every mapping step shares: the entries so far, the code system, the sources and the patient. */
record Mapping(Entries entries, Codes codes, Sources sources, Reference patient) {

    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    static final String LOINC = "http://loinc.org";

    /** LOINC 72514-3, the 0-10 numeric pain rating the check-in and the player ask for. */
    static CodeableConcept painSeverity() {
        return new CodeableConcept(
                        new Coding(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                .setText("Pain (0-10)");
    }

    static CodeableConcept survey() {
        return new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey"));
    }

    /** The patient as a new reference (a reference object belongs to one element). */
    Reference subject() {
        return new Reference(patient.getReference());
    }

    /** Exercise ids as codes, named as the library names them (or by id when the library no longer has it). */
    Coding exercise(String id) {
        String name = sources.library().exercise(id).map(e -> e.name()).orElse(id);
        return codes.coding(id, name);
    }
}
