package org.spinewise.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.library.Category;
import org.spinewise.progress.StiffnessTrend.Run;
import org.spinewise.progress.StiffnessTrend.Score;

import static org.assertj.core.api.Assertions.assertThat;

/** The stiffness rule at each of its boundaries, without Spring or a database. */
class StiffnessTrendTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland"); // UTC+13 in January
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
    private static final LocalDate FIRST_DAY = TODAY.minusDays(13); // 7 January
    private static final LocalDate LAST_HALF_FROM = TODAY.minusDays(6); // 14 January
    private static final List<Category> STRETCH = List.of(Category.STRETCH);

    /** Two check-ins in each half, stiffness 5 before and 5 after: not lower. */
    private static List<Score> steady() {
        return List.of(
                new Score(FIRST_DAY, 5),
                new Score(FIRST_DAY.plusDays(3), 5),
                new Score(LAST_HALF_FROM, 5),
                new Score(TODAY, 5));
    }

    private static List<Run> stretchRuns(int count, ZoneId zone) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(new Run(TODAY.minusDays(i % 14).atTime(12, 0).atZone(zone).toInstant(), STRETCH));
        }
        return runs;
    }

    @Test
    void eightStretchRunsAreEnoughAndSevenAreNot() {
        assertThat(StiffnessTrend.assess(TODAY, UTC, steady(), stretchRuns(8, UTC))
                        .stiffnessNotImproving())
                .isTrue();
        var seven = StiffnessTrend.assess(TODAY, UTC, steady(), stretchRuns(7, UTC));
        assertThat(seven.stretchRuns()).isEqualTo(7);
        assertThat(seven.enoughStretching()).isFalse();
        assertThat(seven.stiffnessNotImproving()).isFalse();
    }

    @Test
    void runsOnOneDayAndStoppedRunsCountAlike() {
        List<Run> sameDay = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sameDay.add(new Run(TODAY.atTime(8, i).toInstant(ZoneOffset.UTC), STRETCH));
        }
        assertThat(StiffnessTrend.assess(TODAY, UTC, steady(), sameDay).stiffnessNotImproving())
                .isTrue();
    }

    @Test
    void runsWithOnlyCrackOrTherapyItemsDoNotCount() {
        List<Run> runs = new ArrayList<>(stretchRuns(7, UTC));
        runs.add(new Run(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), List.of(Category.CRACK, Category.CRACK)));
        runs.add(new Run(TODAY.atTime(9, 5).toInstant(ZoneOffset.UTC), List.of(Category.THERAPY)));
        runs.add(new Run(TODAY.atTime(9, 10).toInstant(ZoneOffset.UTC), List.of()));
        var assessment = StiffnessTrend.assess(TODAY, UTC, steady(), runs);
        assertThat(assessment.stretchRuns()).isEqualTo(7);
        assertThat(assessment.stiffnessNotImproving()).isFalse();

        runs.add(new Run(TODAY.atTime(9, 15).toInstant(ZoneOffset.UTC), List.of(Category.CRACK, Category.STRETCH)));
        assertThat(StiffnessTrend.assess(TODAY, UTC, steady(), runs).stiffnessNotImproving())
                .as("a run with a crack and a stretch completed a stretch")
                .isTrue();
    }

    @ParameterizedTest(name = "{0} in the first half, {1} in the last: {2}")
    @CsvSource({"1, 2, false", "2, 1, false", "2, 2, true", "1, 1, false", "0, 3, false", "3, 0, false", "7, 7, true"})
    void eachHalfNeedsTwoCheckIns(int first, int last, boolean notImproving) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            scores.add(new Score(FIRST_DAY.plusDays(i), 4));
        }
        for (int i = 0; i < last; i++) {
            scores.add(new Score(TODAY.minusDays(i), 4));
        }
        var assessment = StiffnessTrend.assess(TODAY, UTC, scores, stretchRuns(8, UTC));
        assertThat(assessment.firstHalf().checkIns()).isEqualTo(first);
        assertThat(assessment.lastHalf().checkIns()).isEqualTo(last);
        assertThat(assessment.stiffnessNotImproving()).isEqualTo(notImproving);
    }

    @ParameterizedTest(name = "first {0}+{1}, last {2}+{3}: {4}")
    @CsvSource({
        "5, 5, 5, 5, true", // equal means: not lower
        "5, 5, 5, 4, false", // 4.5 < 5: improving
        "5, 5, 6, 5, true", // higher: worse
        "3, 4, 4, 3, true", // 3.5 = 3.5
        "0, 0, 0, 0, true", // no stiffness at all is still "not lower" (the contract's words)
        "10, 10, 9, 10, false"
    })
    void meanStiffnessOfTheLastHalfMustNotBeLower(int a, int b, int c, int d, boolean notImproving) {
        List<Score> scores = List.of(
                new Score(FIRST_DAY, a),
                new Score(LAST_HALF_FROM.minusDays(1), b),
                new Score(LAST_HALF_FROM, c),
                new Score(TODAY, d));
        assertThat(StiffnessTrend.assess(TODAY, UTC, scores, stretchRuns(8, UTC))
                        .stiffnessNotImproving())
                .isEqualTo(notImproving);
    }

    @Test
    void meansAreComparedExactlyWithoutRounding() {
        // first: 1, 1, 2 -> 4/3 = 1.333...; last: 1.33 would be lower, 4/3 is equal
        List<Score> scores = List.of(
                new Score(FIRST_DAY, 1),
                new Score(FIRST_DAY.plusDays(1), 1),
                new Score(FIRST_DAY.plusDays(2), 2),
                new Score(TODAY, 1),
                new Score(TODAY.minusDays(1), 1),
                new Score(TODAY.minusDays(2), 2));
        assertThat(StiffnessTrend.assess(TODAY, UTC, scores, stretchRuns(8, UTC))
                        .stiffnessNotImproving())
                .isTrue();
    }

    @Test
    void theHalvesSplitBetweenTheSeventhAndEighthDay() {
        var assessment = StiffnessTrend.assess(TODAY, UTC, List.of(), List.of());
        assertThat(assessment.from()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(assessment.firstHalf().to()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(assessment.lastHalf().from()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(assessment.to()).isEqualTo(TODAY);
        assertThat(assessment.firstHalf().meanStiffness()).isNull();
        assertThat(assessment.stiffnessNotImproving()).isFalse();

        // A check-in on the 13th belongs to the first half, one on the 14th to the last.
        List<Score> scores = List.of(
                new Score(LocalDate.of(2027, 1, 13), 8),
                new Score(LocalDate.of(2027, 1, 13), 8),
                new Score(LocalDate.of(2027, 1, 14), 8),
                new Score(LocalDate.of(2027, 1, 14), 8));
        var split = StiffnessTrend.assess(TODAY, UTC, scores, stretchRuns(8, UTC));
        assertThat(split.firstHalf().checkIns()).isEqualTo(2);
        assertThat(split.lastHalf().checkIns()).isEqualTo(2);
    }

    @Test
    void checkInsOutsideTheWindowAreIgnored() {
        List<Score> scores = new ArrayList<>(steady());
        scores.add(new Score(FIRST_DAY.minusDays(1), 0)); // the day before the window would lower nothing...
        scores.add(new Score(TODAY.plusDays(1), 0)); // ...and a day after today is not in it either
        var assessment = StiffnessTrend.assess(TODAY, UTC, scores, stretchRuns(8, UTC));
        assertThat(assessment.firstHalf().checkIns()).isEqualTo(2);
        assertThat(assessment.lastHalf().checkIns()).isEqualTo(2);
        assertThat(assessment.stiffnessNotImproving()).isTrue();
    }

    /** Auckland is UTC+13 in January: its days start at 11:00 UTC the day before. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "2027-01-06T10:59:59Z, Pacific/Auckland, 0", // 6 January 23:59:59 there: before the window
        "2027-01-06T11:00:00Z, Pacific/Auckland, 1", // 7 January 00:00 there: the window's first moment
        "2027-01-20T10:59:59Z, Pacific/Auckland, 1", // 20 January 23:59:59 there: the last moment of today
        "2027-01-20T11:00:00Z, Pacific/Auckland, 0", // 21 January 00:00 there: after today
        "2027-01-06T23:59:59Z, UTC, 0",
        "2027-01-07T00:00:00Z, UTC, 1",
        "2027-01-20T23:59:59Z, UTC, 1",
        "2027-01-21T00:00:00Z, UTC, 0"
    })
    void aRunsDayIsTheDayOfItsStartInThePersonsTimeZone(String startedAt, String zone, int counted) {
        var assessment = StiffnessTrend.assess(
                TODAY, ZoneId.of(zone), steady(), List.of(new Run(Instant.parse(startedAt), STRETCH)));
        assertThat(assessment.stretchRuns()).isEqualTo(counted);
    }

    @Test
    void theEighthRunCanHingeOnTheTimeZone() {
        List<Run> runs = new ArrayList<>(stretchRuns(7, UTC));
        runs.add(new Run(Instant.parse("2027-01-06T12:00:00Z"), STRETCH)); // 7 January 01:00 in Auckland
        assertThat(StiffnessTrend.assess(TODAY, UTC, steady(), runs).stiffnessNotImproving())
                .isFalse();
        // The seven noon-UTC runs fall on 8 to 21 January in Auckland; the one on the 21st is after today there.
        List<Run> inAuckland = new ArrayList<>(stretchRuns(7, AUCKLAND));
        inAuckland.add(new Run(Instant.parse("2027-01-06T12:00:00Z"), STRETCH));
        assertThat(StiffnessTrend.assess(TODAY, AUCKLAND, steady(), inAuckland).stiffnessNotImproving())
                .isTrue();
        assertThat(StiffnessTrend.assess(TODAY, AUCKLAND, steady(), runs).stretchRuns())
                .isEqualTo(7);
    }

    @Test
    void checkInDaysAreThePersonsOwnCalendarDays() {
        // Check-ins carry the person's day already: the zone changes nothing about them.
        assertThat(StiffnessTrend.assess(TODAY, AUCKLAND, steady(), stretchRuns(8, AUCKLAND))
                        .stiffnessNotImproving())
                .isTrue();
    }
}
