package org.spinewise.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.journal.CheckIn;
import org.spinewise.progress.web.ProgressPage.Series;

import static org.assertj.core.api.Assertions.assertThat;

/** The symptom chart's model: a day without a check-in breaks each line, so no line is drawn across it. */
class SymptomChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

    @Test
    void aMissingDayBreaksBothLines() {
        ProgressPage.LineChart chart = ProgressPage.symptomChart(
                FROM,
                14,
                List.of(
                        checkIn(0, 3, 4),
                        checkIn(1, 4, 4),
                        checkIn(2, 5, 5),
                        checkIn(5, 2, 6),
                        checkIn(9, 3, 3),
                        checkIn(10, 3, 3)));

        for (Series series : chart.series()) {
            assertThat(series.lines()).as(series.name()).hasSize(3);
            assertThat(series.lines().stream().map(line -> line.split(" ").length))
                    .as("points in each run of consecutive days")
                    .containsExactly(3, 1, 2);
            assertThat(series.markers()).hasSize(6);
        }
    }

    @Test
    void consecutiveDaysAreOneLineWhateverTheOrderTheyCameIn() {
        ProgressPage.LineChart chart =
                ProgressPage.symptomChart(FROM, 14, List.of(checkIn(2, 1, 1), checkIn(0, 3, 4), checkIn(1, 4, 4)));

        Series pain = chart.series().get(0);
        assertThat(pain.lines()).singleElement().satisfies(line -> {
            String[] points = line.split(" ");
            assertThat(points).hasSize(3);
            assertThat(Double.parseDouble(points[0].split(",")[0]))
                    .isLessThan(Double.parseDouble(points[2].split(",")[0]));
        });
    }

    @Test
    void aSingleCheckInIsAMarkerWithAOnePointLine() {
        ProgressPage.LineChart chart = ProgressPage.symptomChart(FROM, 14, List.of(checkIn(4, 6, 6)));

        assertThat(chart.series()).allSatisfy(series -> {
            assertThat(series.lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line.split(" ")).hasSize(1));
            assertThat(series.markers()).hasSize(1);
        });
    }

    private static CheckIn checkIn(int day, int pain, int stiffness) {
        return new CheckIn(FROM.plusDays(day), pain, stiffness, BigDecimal.valueOf(7), null);
    }
}
