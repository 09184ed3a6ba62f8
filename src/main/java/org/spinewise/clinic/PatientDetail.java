package org.spinewise.clinic;

import java.util.List;

import org.spinewise.history.ScreeningRecord;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.session.RoutineRun;

/**
 * A linked patient as the clinic's patient page shows them: the summary, the 10 latest screenings, the last
 * 28 days of check-ins, cracks and runs, and this clinic's active assignments.
 */
public record PatientDetail(
        PatientSummary summary,
        List<ScreeningRecord> screenings,
        List<CheckIn> checkIns,
        List<Crack> cracks,
        List<RoutineRun> runs,
        List<Assignment> assignments) {}
