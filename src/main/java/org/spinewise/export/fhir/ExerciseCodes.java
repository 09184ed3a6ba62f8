package org.spinewise.export.fhir;

import org.spinewise.journal.Crack;
import org.spinewise.screening.Disposition;
import org.spinewise.session.StopReason;

/** Puts every exercise, disposition, rule and stop reason into the code system, used in this bundle or not. */
final class ExerciseCodes {

    private ExerciseCodes() {}

    static void registerAll(Mapping mapping) {
        Codes codes = mapping.codes();
        mapping.sources().library().exercises().forEach(e -> codes.coding(e.id(), e.name()));
        codes.coding(Crack.OTHER, "Another technique");
        for (Disposition disposition : Disposition.values()) {
            codes.coding(disposition.name(), PersonMapping.words(disposition.name()));
        }
        mapping.sources().rules().rules().forEach(rule -> codes.coding(rule.id(), rule.id()));
        mapping.sources().rules().conditions().forEach(c -> codes.coding(c.id(), c.label()));
        for (StopReason reason : StopReason.values()) {
            codes.coding(reason.name(), PersonMapping.words(reason.name()));
        }
    }
}
