package org.spinewise.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Category;

/**
 * Spinewise's measure of the article's "stiffness that does not improve with
 * stretching" (account-api.md, "Progress"). Over the {@value #WINDOW_DAYS} days
 * ending on the person's today, split into a first and a last
 * {@value #HALF_DAYS} days, stiffness is not improving when
 * <ul>
 *   <li>at least {@value #MIN_STRETCH_RUNS} routine runs started in the window (stopped or not) completed an
 *       item whose library category is {@link Category#STRETCH},</li>
 *   <li>each half holds at least {@value #MIN_CHECKINS_PER_HALF} check-ins, and</li>
 *   <li>the mean stiffness of the last half's check-ins is not lower than the first half's.</li>
 * </ul>
 * Plain Java: it is given the person's check-ins and runs and answers the figures behind the verdict.
 */
public final class StiffnessTrend {

    public static final int WINDOW_DAYS = 14;
    public static final int HALF_DAYS = 7;
    public static final int MIN_STRETCH_RUNS = 8;
    public static final int MIN_CHECKINS_PER_HALF = 2;

    private StiffnessTrend() {}

    /** A check-in's day (the person's calendar day) and its stiffness, 0 to 10. */
    public record Score(LocalDate day, int stiffness) {
        public Score {
            Objects.requireNonNull(day, "day");
        }
    }

    /** A routine run: when it started, and the library categories of the items it completed (unknown ids left out). */
    public record Run(Instant startedAt, List<Category> completed) {
        public Run {
            Objects.requireNonNull(startedAt, "startedAt");
            completed = List.copyOf(completed);
        }

        public boolean completedStretch() {
            return completed.contains(Category.STRETCH);
        }
    }

    /**
     * One half of the window.
     *
     * @param checkIns      how many check-ins fall on its days
     * @param stiffnessSum  their stiffness summed (the mean is compared exactly, as sums)
     */
    public record Half(LocalDate from, LocalDate to, int checkIns, int stiffnessSum) {

        /** The mean stiffness, or null without check-ins. */
        public @Nullable Double meanStiffness() {
            return checkIns == 0 ? null : (double) stiffnessSum / checkIns;
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * The verdict and the figures behind it.
     *
     * @param stretchRuns runs started in the window that completed a stretch
     */
    public record Assessment(LocalDate today, Half firstHalf, Half lastHalf, int stretchRuns) {

        public LocalDate from() {
            return firstHalf.from();
        }

        public LocalDate to() {
            return lastHalf.to();
        }

        public boolean enoughStretching() {
            return stretchRuns >= MIN_STRETCH_RUNS;
        }

        public boolean enoughCheckIns() {
            return firstHalf.checkIns() >= MIN_CHECKINS_PER_HALF && lastHalf.checkIns() >= MIN_CHECKINS_PER_HALF;
        }

        /** The last half's mean is not lower than the first's (compared exactly: no rounding). */
        public boolean meanNotLower() {
            if (firstHalf.checkIns() == 0 || lastHalf.checkIns() == 0) {
                return false;
            }
            return (long) lastHalf.stiffnessSum() * firstHalf.checkIns()
                    >= (long) firstHalf.stiffnessSum() * lastHalf.checkIns();
        }

        public boolean stiffnessNotImproving() {
            return enoughStretching() && enoughCheckIns() && meanNotLower();
        }
    }

    /**
     * @param today    the person's calendar day now
     * @param zone     the person's time zone: a run's day is the day of its start there
     * @param checkIns the person's check-ins (any days; those outside the window are ignored)
     * @param runs     the person's runs (any time; those outside the window are ignored)
     */
    public static Assessment assess(LocalDate today, ZoneId zone, Collection<Score> checkIns, Collection<Run> runs) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        LocalDate from = today.minusDays(WINDOW_DAYS - 1);
        LocalDate lastFrom = today.minusDays(HALF_DAYS - 1);
        Half first = half(from, lastFrom.minusDays(1), checkIns);
        Half last = half(lastFrom, today, checkIns);
        int stretchRuns = 0;
        for (Run run : runs) {
            LocalDate day = LocalDate.ofInstant(run.startedAt(), zone);
            if (!day.isBefore(from) && !day.isAfter(today) && run.completedStretch()) {
                stretchRuns++;
            }
        }
        return new Assessment(today, first, last, stretchRuns);
    }

    private static Half half(LocalDate from, LocalDate to, Collection<Score> checkIns) {
        Half empty = new Half(from, to, 0, 0);
        int count = 0;
        int sum = 0;
        for (Score score : checkIns) {
            if (empty.contains(score.day())) {
                count++;
                sum += score.stiffness();
            }
        }
        return new Half(from, to, count, sum);
    }
}
