package org.spinewise.progress.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.JsonApiController;
import org.spinewise.progress.ProgressAdvice;
import org.spinewise.progress.ProgressReports;
import org.spinewise.progress.StiffnessTrend;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's progress (account-api.md, "Progress"): the contract's
 * {@code stiffnessNotImproving} and {@code advice}, plus the figures behind them.
 */
@JsonApiController("/api/v1/progress")
@RequiredArgsConstructor
class ProgressController {

    private final ProgressReports reports;

    /**
     * @param today       the person's calendar day the window ends on
     * @param window      the {@value StiffnessTrend#WINDOW_DAYS} days looked at
     * @param stretchRuns routine runs started in the window that completed a stretch
     * @param firstWeek   the window's first {@value StiffnessTrend#HALF_DAYS} days
     * @param lastWeek    its last {@value StiffnessTrend#HALF_DAYS} days
     * @param thresholds  what the rule asks for
     */
    record ProgressView(
            boolean stiffnessNotImproving,
            List<ProgressAdvice> advice,
            LocalDate today,
            Days window,
            int stretchRuns,
            Week firstWeek,
            Week lastWeek,
            Thresholds thresholds) {}

    record Days(LocalDate from, LocalDate to) {}

    /** @param meanStiffness to hundredths, null without check-ins */
    record Week(
            LocalDate from,
            LocalDate to,
            int checkIns,
            @Nullable BigDecimal meanStiffness) {
        static Week of(StiffnessTrend.Half half) {
            Double mean = half.meanStiffness();
            return new Week(
                    half.from(),
                    half.to(),
                    half.checkIns(),
                    mean == null ? null : BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP));
        }
    }

    record Thresholds(int stretchRuns, int checkInsPerWeek) {}

    @GetMapping
    ProgressView progress(@SignedIn SignedInPerson person) {
        ProgressReports.Report report = reports.report(person.accountId(), person.timeZone());
        StiffnessTrend.Assessment stiffness = report.stiffness();
        return new ProgressView(
                report.stiffnessNotImproving(),
                report.advice(),
                stiffness.today(),
                new Days(stiffness.from(), stiffness.to()),
                stiffness.stretchRuns(),
                Week.of(stiffness.firstHalf()),
                Week.of(stiffness.lastHalf()),
                new Thresholds(StiffnessTrend.MIN_STRETCH_RUNS, StiffnessTrend.MIN_CHECKINS_PER_HALF));
    }
}
