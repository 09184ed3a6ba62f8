package org.spinewise.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.TestContent;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The crack guardrails at their boundaries, with the default and with configured thresholds. */
class CrackAdvisorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final CrackAdvisor DEFAULTS = new CrackAdvisor(CrackGuardrails.DEFAULTS, TestContent.LIBRARY);

    private static Crack crack(boolean forced, boolean painful) {
        return new Crack(UUID.randomUUID(), Instant.parse("2026-11-20T08:00:00Z"), "other", forced, painful);
    }

    private static List<String> codes(List<Advice> advice) {
        return advice.stream().map(Advice::code).toList();
    }

    private static List<Boolean> painful(int painful, int painless) {
        List<Boolean> latest = new java.util.ArrayList<>();
        latest.addAll(Collections.nCopies(painful, true));
        latest.addAll(Collections.nCopies(painless, false));
        return latest;
    }

    @Test
    void theDefaultsAreThreeAFiveLatestAndThreePainful() {
        assertThat(CrackGuardrails.DEFAULTS).isEqualTo(new CrackGuardrails(3, 5, 3));
    }

    @ParameterizedTest(name = "{0} cracks that day: DAILY_LIMIT {1}")
    @CsvSource({"1, false", "3, false", "4, true", "10, true"})
    void moreThanThreeCracksADayEarnsTheDailyLimit(int cracksThatDay, boolean advised) {
        List<Advice> advice = DEFAULTS.advise(crack(false, false), DAY, cracksThatDay, painful(0, 1));

        assertThat(codes(advice)).isEqualTo(advised ? List.of("DAILY_LIMIT") : List.of());
    }

    @ParameterizedTest(name = "{0} painful, {1} painless of the latest: PERSISTENT_PAIN {2}")
    @CsvSource({"2, 3, false", "3, 2, true", "3, 0, true", "2, 0, false", "5, 0, true", "1, 4, false"})
    void threePainfulOfTheLatestFiveEarnPersistentPain(int painful, int painless, boolean advised) {
        List<Advice> advice = DEFAULTS.advise(crack(false, true), DAY, 1, painful(painful, painless));

        assertThat(codes(advice)).isEqualTo(advised ? List.of("PERSISTENT_PAIN") : List.of());
    }

    @Test
    void onlyTheWindowCounts() {
        // Six flags given, the oldest painful: the window of five holds only two painful.
        List<Boolean> latest = List.of(true, false, false, true, false, true);

        assertThat(DEFAULTS.advise(crack(false, true), DAY, 1, latest)).isEmpty();
    }

    @Test
    void aForcedCrackNamesTheRisks() {
        List<Advice> advice = DEFAULTS.advise(crack(true, false), DAY, 1, painful(0, 1));

        assertThat(codes(advice)).containsExactly("FORCED");
        assertThat(advice.get(0).message()).contains("nerve", "disc", "muscles", "joints");
        assertThat(advice.get(0).source()).contains("Is It Damaging to Crack Your Back?");
    }

    @Test
    void allThreeComeInTheContractsOrderWithTheirSources() {
        List<Advice> advice = DEFAULTS.advise(crack(true, true), DAY, 4, painful(3, 2));

        assertThat(codes(advice)).containsExactly("DAILY_LIMIT", "FORCED", "PERSISTENT_PAIN");
        assertThat(advice.get(0).source()).contains("Strategies to Prevent Damage from Back Cracking");
        assertThat(advice.get(1).source()).contains("Is It Damaging to Crack Your Back?");
        assertThat(advice.get(2).source()).contains("When to Seek Professional Help for Back Cracking");
        assertThat(advice.get(2).message()).contains("3 of your last 5").containsIgnoringCase("physiotherapist");
    }

    @Test
    void theDailyLimitOffersTheLibrarysStretches() {
        String message = DEFAULTS.advise(crack(false, false), DAY, 4, painful(0, 1))
                .get(0)
                .message();

        List<String> stretches = TestContent.LIBRARY.exercises().stream()
                .filter(exercise -> exercise.category() == Category.STRETCH)
                .map(Exercise::name)
                .toList();
        assertThat(stretches).isNotEmpty();
        assertThat(message)
                .contains(stretches)
                .contains("2026-11-20")
                .contains("4 cracks")
                .contains("3 a day");
    }

    @Test
    void configuredThresholdsMoveTheBoundaries() {
        var strict = new CrackAdvisor(new CrackGuardrails(1, 3, 2), TestContent.LIBRARY);

        assertThat(codes(strict.advise(crack(false, false), DAY, 1, painful(0, 1))))
                .isEmpty();
        assertThat(codes(strict.advise(crack(false, false), DAY, 2, painful(0, 1))))
                .containsExactly("DAILY_LIMIT");
        assertThat(codes(strict.advise(crack(false, true), DAY, 1, List.of(true, false, false))))
                .isEmpty();
        assertThat(codes(strict.advise(crack(false, true), DAY, 1, List.of(true, false, true))))
                .containsExactly("PERSISTENT_PAIN");
    }

    @Test
    void nonsenseThresholdsStopTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CrackGuardrails(-1, 5, 3))
                .withMessageContaining("spinewise.cracks.daily-limit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CrackGuardrails(3, 0, 1))
                .withMessageContaining("spinewise.cracks.painful-window");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CrackGuardrails(3, 5, 6))
                .withMessageContaining("spinewise.cracks.painful-threshold");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CrackGuardrails(3, 5, 0))
                .withMessageContaining("spinewise.cracks.painful-threshold");
    }
}
