package org.spinewise.progress.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import org.spinewise.journal.CheckIn;
import org.spinewise.progress.web.ProgressPage.Axes;
import org.spinewise.progress.web.ProgressPage.LineChart;
import org.spinewise.progress.web.ProgressPage.Point;
import org.spinewise.progress.web.ProgressPage.Series;
import org.spinewise.progress.web.ProgressPage.XTick;

import static org.spinewise.progress.web.ProgressPage.BOTTOM;
import static org.spinewise.progress.web.ProgressPage.HEIGHT;
import static org.spinewise.progress.web.ProgressPage.LEFT;
import static org.spinewise.progress.web.ProgressPage.RIGHT;
import static org.spinewise.progress.web.ProgressPage.TOP;
import static org.spinewise.progress.web.ProgressPage.WIDTH;
import static org.spinewise.progress.web.ProgressPage.format;
import static org.spinewise.progress.web.ProgressPage.n;

/** The pain and stiffness chart's geometry: a line per run of consecutive days, a marker per check-in. */
final class SymptomCharts {

    private SymptomCharts() {}

    static LineChart of(LocalDate from, int days, List<CheckIn> checkIns) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = plotWidth / (days - 1);
        List<XTick> xTicks = new ArrayList<>();
        for (int day = 0; day < days; day += 7) {
            xTicks.add(
                    new XTick(n(LEFT + day * step), format("progress.date.short", from.plusDays(day)), day % 14 != 0));
        }
        List<Series> series = List.of(
                series("Pain", "chart-pain", from, checkIns, step, plotHeight, CheckIn::pain),
                series("Stiffness", "chart-stiffness", from, checkIns, step, plotHeight, CheckIn::stiffness));
        return new LineChart(Axes.upTo(CheckIn.MAX_SCORE, 2), xTicks, series);
    }

    private static Series series(
            String name,
            String cssClass,
            LocalDate from,
            List<CheckIn> checkIns,
            double step,
            double plotHeight,
            ToIntFunction<CheckIn> value) {
        List<Point> points = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        LocalDate previous = null;
        for (CheckIn checkIn :
                checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList()) {
            if (previous != null && !checkIn.day().equals(previous.plusDays(1))) {
                lines.add(line.toString());
                line.setLength(0);
            }
            long day = ChronoUnit.DAYS.between(from, checkIn.day());
            Point point = new Point(
                    n(LEFT + day * step),
                    n(TOP + plotHeight * (1 - value.applyAsInt(checkIn) / (double) CheckIn.MAX_SCORE)));
            points.add(point);
            line.append(line.isEmpty() ? "" : " ").append(point.x()).append(',').append(point.y());
            previous = checkIn.day();
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return new Series(name, cssClass, lines, points);
    }
}
