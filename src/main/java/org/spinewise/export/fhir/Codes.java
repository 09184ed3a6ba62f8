package org.spinewise.export.fhir;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * Spinewise's own code system: every code a bundle uses is one of its concepts, with one display each, so
 * the {@code CodeSystem} in the bundle and the codings that name it always agree.
 */
final class Codes {

    private final String system;
    private final Map<String, String> concepts = new LinkedHashMap<>();

    Codes(String system) {
        this.system = system;
    }

    Coding coding(String code, String display) {
        return new Coding(system, code, concepts.computeIfAbsent(code, c -> display));
    }

    CodeableConcept concept(String code, String display) {
        Coding coding = coding(code, display);
        return new CodeableConcept(coding).setText(coding.getDisplay());
    }

    CodeSystem codeSystem(String version, Date date) {
        CodeSystem codeSystem = new CodeSystem()
                .setUrl(system)
                .setVersion(version)
                .setName("Spinewise")
                .setTitle("Spinewise codes")
                .setStatus(Enumerations.PublicationStatus.ACTIVE)
                .setDate(date)
                .setPublisher("Spinewise")
                .setDescription("Exercises, screening rules and dispositions, stop reasons and the records of"
                        + " Spinewise, a self-care companion for lower-back tension.")
                .setCaseSensitive(true)
                .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        concepts.forEach(
                (code, display) -> codeSystem.addConcept().setCode(code).setDisplay(display));
        codeSystem.setCount(concepts.size());
        return codeSystem;
    }
}
