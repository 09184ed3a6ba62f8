package org.spinewise.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.springframework.stereotype.Service;

/** A person's progress, read from their check-ins and routine runs; nothing of anyone else's. */
@Service
@RequiredArgsConstructor
public class ProgressReports {

    private final CheckIns checkIns;
    private final RoutineRunRepository runs;
    private final Library library;
    private final Clock clock;
    private final StiffnessAdvice stiffnessAdvice;

    /** The stiffness verdict with the figures behind it, and the advice it calls for. */
    public record Report(StiffnessTrend.Assessment stiffness, List<ProgressAdvice> advice) {

        public boolean stiffnessNotImproving() {
            return stiffness.stiffnessNotImproving();
        }
    }

    /** What the progress page draws: the check-ins and runs of the days {@code from} to {@code to}. */
    public record History(LocalDate from, LocalDate to, List<CheckIn> checkIns, List<RoutineRun> runs) {}

    /** The person's calendar day now. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    public Report report(UUID accountId, ZoneId zone) {
        LocalDate today = today(zone);
        LocalDate from = today.minusDays(StiffnessTrend.WINDOW_DAYS - 1);
        List<StiffnessTrend.Score> scores = checkIns.list(accountId, from, today).stream()
                .map(checkIn -> new StiffnessTrend.Score(checkIn.day(), checkIn.stiffness()))
                .toList();
        List<StiffnessTrend.Run> window = runs
                .list(
                        accountId,
                        from.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .map(this::run)
                .toList();
        StiffnessTrend.Assessment assessment = StiffnessTrend.assess(today, zone, scores, window);
        return new Report(
                assessment, assessment.stiffnessNotImproving() ? List.of(stiffnessAdvice.of(assessment)) : List.of());
    }

    /** The person's last {@value Week#DAYS} days, counted and summed by the database. */
    public WeekSummary week(UUID accountId, ZoneId zone) {
        Week week = Week.endingAt(clock.instant(), zone);
        return new WeekSummary(
                week,
                runs.totals(accountId, week.start(), week.until()),
                checkIns.count(accountId, week.from(), week.to()));
    }

    /** The person's check-ins and runs of the {@code days} days ending on their today. */
    public History history(UUID accountId, ZoneId zone, int days) {
        LocalDate today = today(zone);
        LocalDate from = today.minusDays(days - 1L);
        return new History(
                from,
                today,
                checkIns.list(accountId, from, today),
                runs.list(
                        accountId,
                        from.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Whether the library knows this id as a stretch. */
    public boolean isStretch(String exerciseId) {
        return library.exercise(exerciseId)
                .map(exercise -> exercise.category() == Category.STRETCH)
                .orElse(false);
    }

    /** The library's name for an exercise id, or the id itself when the library no longer has it. */
    public String exerciseName(String exerciseId) {
        return library.exercise(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    private StiffnessTrend.Run run(RoutineRun run) {
        return new StiffnessTrend.Run(
                run.startedAt(),
                run.completed().stream()
                        .map(library::exercise)
                        .flatMap(Optional::stream)
                        .map(Exercise::category)
                        .toList());
    }
}
