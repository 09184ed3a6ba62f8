package org.spinewise.progress.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;
import org.spinewise.journal.CheckIn;
import org.spinewise.progress.ProgressAdvice;
import org.spinewise.progress.ProgressReports;
import org.spinewise.progress.StiffnessTrend;
import org.spinewise.session.RoutineRun;
import org.spinewise.system.Messages;

/**
 * What the progress page shows: pain and stiffness by day and routine runs by
 * week as charts whose geometry is computed here, so the template only writes
 * SVG elements (no script, no inline style), each with the same figures as a table.
 */
public record ProgressPage(
        LocalDate from,
        LocalDate to,
        String zone,
        StiffnessTrend.Assessment stiffness,
        List<ProgressAdvice> advice,
        @Nullable LineChart symptoms,
        List<CheckIn> checkIns,
        BarChart sessions,
        List<WeekRow> weeks,
        int runCount) {

    /** How many weeks the charts span, ending on the person's today. */
    public static final int WEEKS = 8;

    public static final int DAYS = WEEKS * 7;

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 44;

    /** A label at a position along an axis. */
    public record Tick(String at, String label) {}

    /** A point of a series, in SVG user units. */
    public record Point(String x, String y) {}

    /**
     * One line: a polyline's points for each run of consecutive days (a day without a check-in breaks the
     * line, so no line claims a day nobody recorded), its markers, and the CSS class that draws it.
     */
    public record Series(String name, String cssClass, List<String> lines, List<Point> markers) {}

    /** A label at a position along an axis; a minor one is left out where the chart is drawn small. */
    public record XTick(String at, String label, boolean minor) {}

    /** The frame both charts draw in: the SVG's size, the plot's edges, and the value axis from 0 to its top. */
    public record Axes(int width, int height, String plotLeft, String plotRight, String plotBottom, List<Tick> yTicks) {

        static Axes upTo(int top, int tickStep) {
            double plotHeight = HEIGHT - TOP - BOTTOM;
            List<Tick> yTicks = new ArrayList<>();
            for (int value = 0; value <= top; value += tickStep) {
                yTicks.add(new Tick(n(TOP + plotHeight * (1 - value / (double) top)), String.valueOf(value)));
            }
            return new Axes(WIDTH, HEIGHT, n(LEFT), n(WIDTH - RIGHT), n(TOP + plotHeight), yTicks);
        }
    }

    public record LineChart(Axes axes, List<XTick> xTicks, List<Series> series) {}

    /** One part of a stacked bar. */
    public record Segment(String y, String height, String cssClass) {}

    public record Bar(
            String x, String width, String labelX, String label, boolean minorLabel, List<Segment> segments) {}

    public record BarChart(Axes axes, List<Bar> bars) {}

    /**
     * A week of routine runs, as the table writes it.
     *
     * @param meanPainBefore to one decimal, or "–" without runs
     */
    public record WeekRow(
            String label, int runs, int stoppedEarly, int withStretch, String meanPainBefore, String meanPainAfter) {}

    public boolean hasAdvice() {
        return !advice.isEmpty();
    }

    public String shortDay(LocalDate day) {
        return format("progress.date.short", day);
    }

    public String longDay(LocalDate day) {
        return format("progress.date.long", day);
    }

    /** A day in the reader's language, after the pattern its messages give. */
    static String format(String patternKey, LocalDate day) {
        return DateTimeFormatter.ofPattern(Messages.t(patternKey), Messages.locale())
                .format(day);
    }

    /** The mean stiffness of a half of the window, to one decimal, or "no check-ins". */
    public String mean(StiffnessTrend.Half half) {
        Double mean = half.meanStiffness();
        return mean == null ? Messages.t("progress.mean.none") : String.format(Locale.ROOT, "%.1f", mean);
    }

    static ProgressPage of(
            ProgressReports.Report report, ProgressReports.History history, ZoneId zone, ProgressReports reports) {
        List<Week> weeks = weeks(history, zone, reports);
        return new ProgressPage(
                history.from(),
                history.to(),
                zone.getId(),
                report.stiffness(),
                report.advice(),
                history.checkIns().isEmpty() ? null : symptomChart(history.from(), DAYS, history.checkIns()),
                history.checkIns(),
                sessions(weeks),
                weeks.stream().map(Week::row).toList(),
                history.runs().size());
    }

    private record Week(LocalDate from, LocalDate to, List<RoutineRun> runs, int withStretch) {
        int stopped() {
            return (int) runs.stream().filter(run -> run.stopReason() != null).count();
        }

        WeekRow row() {
            return new WeekRow(
                    Messages.t("progress.week", format("progress.date.short", from), format("progress.date.short", to)),
                    runs.size(),
                    stopped(),
                    withStretch,
                    mean(runs.stream().mapToInt(RoutineRun::painBefore).average()),
                    mean(runs.stream()
                            .filter(run -> run.painAfter() != null)
                            .mapToInt(RoutineRun::painAfter)
                            .average()));
        }
    }

    private static List<Week> weeks(ProgressReports.History history, ZoneId zone, ProgressReports reports) {
        List<Week> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate from = history.from().plusDays(7L * week);
            LocalDate to = from.plusDays(6);
            List<RoutineRun> runs = history.runs().stream()
                    .filter(run -> {
                        LocalDate day = LocalDate.ofInstant(run.startedAt(), zone);
                        return !day.isBefore(from) && !day.isAfter(to);
                    })
                    .toList();
            int withStretch = (int) runs.stream()
                    .filter(run -> run.completed().stream().anyMatch(reports::isStretch))
                    .count();
            weeks.add(new Week(from, to, runs, withStretch));
        }
        return weeks;
    }

    /**
     * Pain and stiffness by day, from {@code from} over {@code days} days: the progress page's chart, which
     * the clinic's patient page draws too.
     */
    public static LineChart symptomChart(LocalDate from, int days, List<CheckIn> checkIns) {
        return SymptomCharts.of(from, days, checkIns);
    }

    private static BarChart sessions(List<Week> weeks) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int most = weeks.stream().mapToInt(week -> week.runs().size()).max().orElse(0);
        int top = Math.max(4, most + (most % 2)); // an even top, so every tick is a whole number
        double slot = plotWidth / weeks.size();
        double barWidth = slot * 0.6;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            int finished = week.runs().size() - week.stopped();
            double finishedHeight = plotHeight * finished / top;
            double stoppedHeight = plotHeight * week.stopped() / top;
            double base = TOP + plotHeight;
            List<Segment> segments = new ArrayList<>();
            if (finished > 0) {
                segments.add(new Segment(n(base - finishedHeight), n(finishedHeight), "chart-run"));
            }
            if (week.stopped() > 0) {
                segments.add(
                        new Segment(n(base - finishedHeight - stoppedHeight), n(stoppedHeight), "chart-run-stopped"));
            }
            bars.add(new Bar(
                    n(x),
                    n(barWidth),
                    n(x + barWidth / 2),
                    format("progress.date.short", week.from()),
                    i % 2 != 0,
                    segments));
        }
        return new BarChart(Axes.upTo(top, Math.max(1, top / 4)), bars);
    }

    private static String mean(OptionalDouble mean) {
        return mean.isPresent() ? String.format(Locale.ROOT, "%.1f", mean.getAsDouble()) : "–";
    }

    /** A coordinate as SVG writes it, to a tenth of a unit. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
