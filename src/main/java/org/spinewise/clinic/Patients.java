package org.spinewise.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.account.Account;
import org.spinewise.account.AccountRepository;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.journal.CheckIns;
import org.spinewise.journal.Cracks;
import org.spinewise.progress.ProgressReports;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.spinewise.session.StopReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinician sees of the patients linked to their clinic (clinic-api.md, "What a clinician sees"), and
 * nothing of anyone else: a patient not linked to the caller's clinic is not there (404). Every patient
 * listed or read is logged in the person's access log in the same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Patients {

    static final int SCREENINGS_SHOWN = 10;
    public static final int DETAIL_DAYS = 28;
    public static final int STOP_DAYS = 14;
    public static final int RUN_COUNT_DAYS = 7;
    // The stops that point at a nerve or an injury; "just uncomfortable" is not one.
    static final Set<StopReason> SYMPTOM_STOPS = EnumSet.of(
            StopReason.SHARP_PAIN,
            StopReason.NUMBNESS_TINGLING,
            StopReason.PAIN_SPREADING_TO_LEG,
            StopReason.LEG_WEAKNESS);
    private static final Set<String> RED_FLAG_DISPOSITIONS = Set.of("EMERGENCY", "URGENT");

    private final LinkRepository links;
    private final AccountRepository accounts;
    private final LatestScreenings latestScreenings;
    private final ScreeningRecordRepository screenings;
    private final RoutineRunRepository runs;
    private final CheckIns checkIns;
    private final Cracks cracks;
    private final ProgressReports progress;
    private final ContactRequestRepository requests;
    private final AssignmentRepository assignments;
    private final AccessLog accessLog;
    private final Clock clock;

    /** @throws ResourceNotFoundException unless the patient is linked to the clinician's clinic now */
    public Link requireLinked(Clinician clinician, UUID patientId) {
        return links.find(patientId, clinician.clinic().id())
                .orElseThrow(() -> new ResourceNotFoundException("patient", patientId.toString()));
    }

    /** The clinic's linked patients, most flags first, then by email (case ignored). */
    @Transactional
    public List<PatientSummary> list(Clinician clinician) {
        List<PatientSummary> summaries = new ArrayList<>();
        for (Link link : links.ofClinic(clinician.clinic().id())) {
            summaries.add(summary(link));
            accessLog.append(link.accountId(), clinician, AccessAction.LIST_PATIENTS, "patient");
        }
        summaries.sort(Comparator.<PatientSummary>comparingInt(s -> -s.flags().size())
                .thenComparing(s -> s.email().toLowerCase(Locale.ROOT))
                .thenComparing(PatientSummary::patientId));
        return summaries;
    }

    @Transactional
    public PatientDetail detail(Clinician clinician, UUID patientId) {
        Link link = requireLinked(clinician, patientId);
        Account patient = account(patientId);
        LocalDate today = LocalDate.now(clock.withZone(patient.timeZone()));
        LocalDate from = today.minusDays(DETAIL_DAYS - 1L);
        var detail = new PatientDetail(
                summary(link),
                screenings.latest(patientId, SCREENINGS_SHOWN),
                checkIns.list(patientId, from, today),
                cracks.list(patientId, patient.timeZone(), from, today),
                runs.list(patientId, start(from, patient.timeZone()), start(today.plusDays(1), patient.timeZone())),
                assignments.active(patientId, clinician.clinic().id()));
        accessLog.append(patientId, clinician, AccessAction.READ_PATIENT, "patient");
        return detail;
    }

    private PatientSummary summary(Link link) {
        UUID id = link.accountId();
        Account patient = account(id);
        ZoneId zone = patient.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant tomorrow = start(today.plusDays(1), zone);
        var latest = latestScreenings.of(id);
        List<RoutineRun> recentRuns = runs.list(id, start(today.minusDays(STOP_DAYS - 1L), zone), tomorrow);
        Instant weekStart = start(today.minusDays(RUN_COUNT_DAYS - 1L), zone);
        int runsThisWeek = (int) recentRuns.stream()
                .filter(run -> !run.startedAt().isBefore(weekStart))
                .count();
        List<PatientFlag> flags = new ArrayList<>();
        if (latest.isPresent() && RED_FLAG_DISPOSITIONS.contains(latest.get().disposition())) {
            flags.add(PatientFlag.RED_FLAG);
        }
        if (recentRuns.stream().anyMatch(run -> SYMPTOM_STOPS.contains(run.stopReason()))) {
            flags.add(PatientFlag.STOPPED_WITH_SYMPTOMS);
        }
        if (cracks.persistentPain(id)) {
            flags.add(PatientFlag.PERSISTENT_PAIN);
        }
        if (progress.report(id, zone).stiffnessNotImproving()) {
            flags.add(PatientFlag.STIFFNESS_NOT_IMPROVING);
        }
        if (requests.hasOpen(id, link.clinic().id())) {
            flags.add(PatientFlag.OPEN_REQUEST);
        }
        return new PatientSummary(
                id,
                patient.email(),
                link.since(),
                latest.map(l -> new PatientSummary.ScreeningHeadline(
                                l.record().id(), l.record().at(), l.disposition()))
                        .orElse(null),
                runsThisWeek,
                flags);
    }

    private Account account(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new ResourceNotFoundException("patient", id.toString()));
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
