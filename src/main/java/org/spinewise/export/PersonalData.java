package org.spinewise.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
import org.spinewise.api.TimeLimits;
import org.spinewise.clinic.ClinicRecords;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.RoutinePlanRepository;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.spinewise.journal.Crack;
import org.spinewise.journal.Cracks;
import org.spinewise.reminders.CalendarFeeds;
import org.spinewise.reminders.PushSubscription;
import org.spinewise.reminders.PushSubscriptions;
import org.spinewise.reminders.Reminders;
import org.spinewise.reminders.Schedule;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.spinewise.therapy.TherapySession;
import org.spinewise.therapy.TherapySessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every record of one person, read in one transaction so the parts agree; never anyone else's. */
@Service
@RequiredArgsConstructor
public class PersonalData {

    private final AccountService accounts;
    private final CheckIns checkIns;
    private final Cracks cracks;
    private final RoutineRunRepository runs;
    private final ScreeningRecordRepository screenings;
    private final TherapySessionRepository therapy;
    private final RoutinePlanRepository routines;
    private final ClinicRecords clinic;
    private final Reminders reminders;
    private final CalendarFeeds feeds;
    private final PushSubscriptions subscriptions;
    private final Clock clock;

    /**
     * @param checkIns   in day order
     * @param cracks     by time
     * @param runs       by start
     * @param screenings newest first
     * @param therapy    heat and cold sessions by start
     * @param routines   planned routines, newest first
     * @param clinic     links, assignments, contact requests and the access log
     */
    public record Everything(
            Instant exportedAt,
            Account account,
            List<CheckIn> checkIns,
            List<Crack> cracks,
            List<RoutineRun> runs,
            List<ScreeningRecord> screenings,
            List<TherapySession> therapy,
            List<RoutinePlanRecord> routines,
            ClinicRecords.Held clinic,
            Breaks breaks) {}

    /**
     * The movement-break reminders: the schedule, whether a calendar feed is on (never its secret address,
     * which an export file shared by mistake would give away), and the browsers that get pushes.
     */
    public record Breaks(Schedule schedule, boolean calendarFeed, List<PushSubscription> subscriptions) {}

    /** @throws CurrentPerson.NotSignedInException when the account is gone */
    @Transactional(readOnly = true)
    public Everything of(UUID accountId) {
        Account account = accounts.find(accountId).orElseThrow(CurrentPerson.NotSignedInException::new);
        return new Everything(
                clock.instant(),
                account,
                checkIns.list(accountId, null, null),
                cracks.list(accountId, account.timeZone(), null, null),
                runs.list(accountId, null, null),
                screenings.list(accountId, null, null),
                therapy.list(accountId, TimeLimits.EARLIEST_INSTANT, TimeLimits.LATEST_INSTANT),
                routines.list(accountId),
                clinic.of(accountId),
                new Breaks(
                        reminders.schedule(accountId),
                        feeds.secret(accountId).isPresent(),
                        subscriptions.of(accountId)));
    }
}
