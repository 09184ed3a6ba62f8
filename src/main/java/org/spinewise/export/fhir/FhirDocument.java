package org.spinewise.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.spinewise.export.PersonalData;

/**
 * Builds and writes the bundle. The {@link FhirContext} is costly (it scans every R4 structure) and
 * thread-safe, so it is made once, when this class is first used: at the first FHIR export.
 */
final class FhirDocument {

    private static final FhirContext R4 = FhirContext.forR4();

    private FhirDocument() {}

    static String json(PersonalData.Everything everything, Sources sources) {
        return R4.newJsonParser().encodeResourceToString(bundle(everything, sources));
    }

    static Bundle bundle(PersonalData.Everything everything, Sources sources) {
        Bundle bundle = new Bundle()
                .setType(Bundle.BundleType.COLLECTION)
                .setTimestampElement(new InstantType(Times.date(everything.exportedAt())));
        Entries entries = new Entries(bundle);
        Codes codes = new Codes(sources.canonicals().codeSystem());
        Reference patient = PersonMapping.patient(everything, entries, sources.canonicals());
        Mapping mapping = new Mapping(entries, codes, sources, patient);
        ExerciseCodes.registerAll(mapping);
        PersonMapping.clinicSide(everything, mapping);
        ScreeningMapping.screenings(everything.screenings(), mapping);
        JournalMapping.checkIns(everything.checkIns(), mapping);
        JournalMapping.cracks(everything.cracks(), mapping);
        ActivityMapping.runs(everything.runs(), mapping);
        ActivityMapping.therapy(everything.therapy(), mapping);
        PlanMapping.routines(everything.routines(), mapping);
        PlanMapping.assignments(everything.clinic().assignments(), mapping);
        PlanMapping.breaks(everything.breaks(), mapping);
        RequestMapping.contactRequests(everything.clinic().requests(), mapping);
        entries.add(
                "CodeSystem",
                sources.canonicals().codeSystem(),
                codes.codeSystem(sources.rules().version(), Times.date(everything.exportedAt())));
        return bundle;
    }
}
