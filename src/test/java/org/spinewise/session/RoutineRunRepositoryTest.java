package org.spinewise.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.support.OnEachDatabase;
import org.spinewise.support.TwoAccountsRepositoryTest;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The routine-run migration and data access, run unchanged against each
 * database Spinewise supports (H2 in PostgreSQL mode and PostgreSQL).
 */
@OnEachDatabase
class RoutineRunRepositoryTest extends TwoAccountsRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private RoutineRunRepository runs;

    RoutineRunRepositoryTest() {
        super(ZoneId.of("UTC"), ZoneId.of("UTC"), MONDAY);
    }

    @BeforeEach
    void repository() {
        runs = new RoutineRunRepository(jdbc);
    }

    private static RoutineRun run(UUID accountId, Instant startedAt, List<String> completed) {
        return new RoutineRun(
                UUID.randomUUID(), accountId, startedAt, startedAt.plus(12, ChronoUnit.MINUTES), completed, 5, 3, null);
    }

    @Test
    void storesAndFindsARunWithItsItemsInOrder() {
        var run = new RoutineRun(
                UUID.randomUUID(),
                ann,
                MONDAY.plusNanos(123_456_000),
                MONDAY.plusSeconds(600),
                List.of("pelvic-tilt", "knee-to-chest", "pelvic-tilt", "heat-therapy"),
                7,
                4,
                StopReason.PAIN_SPREADING_TO_LEG);

        runs.insert(run);

        assertThat(runs.find(ann, run.id())).contains(run);
        assertThat(runs.find(ann, UUID.randomUUID())).isEmpty();
    }

    @Test
    void storesARunWithoutItemsPainAfterOrStop() {
        var run = new RoutineRun(UUID.randomUUID(), ann, MONDAY, MONDAY, List.of(), 0, null, null);

        runs.insert(run);

        assertThat(runs.find(ann, run.id())).contains(run);
        assertThat(runs.list(ann, null, null)).containsExactly(run);
    }

    @Test
    void everyStopReasonRoundTrips() {
        for (StopReason reason : StopReason.values()) {
            var run = new RoutineRun(UUID.randomUUID(), ann, MONDAY, MONDAY, List.of("pelvic-tilt"), 10, 0, reason);
            runs.insert(run);
            assertThat(runs.find(ann, run.id()).orElseThrow().stopReason()).isEqualTo(reason);
        }
    }

    @Test
    void anotherPersonsRunIsNotThere() {
        var run = run(ann, MONDAY, List.of("pelvic-tilt"));
        runs.insert(run);

        assertThat(runs.find(bob, run.id())).isEmpty();
        assertThat(runs.list(bob, null, null)).isEmpty();
        assertThat(runs.delete(bob, run.id())).isFalse();

        assertThat(runs.find(ann, run.id())).contains(run);
    }

    @Test
    void listsByStartInAHalfOpenRange() {
        var before = run(ann, MONDAY.minusNanos(1000), List.of("pelvic-tilt"));
        var atStart = run(ann, MONDAY, List.of("knee-to-chest", "pelvic-tilt"));
        var inside = run(ann, MONDAY.plus(20, ChronoUnit.HOURS), List.of());
        var atEnd = run(ann, MONDAY.plus(1, ChronoUnit.DAYS), List.of("cold-therapy"));
        runs.insert(inside);
        runs.insert(atEnd);
        runs.insert(before);
        runs.insert(atStart);
        runs.insert(run(bob, MONDAY.plusSeconds(60), List.of("pelvic-tilt")));

        assertThat(runs.list(ann, MONDAY, MONDAY.plus(1, ChronoUnit.DAYS))).containsExactly(atStart, inside);
        assertThat(runs.list(ann, MONDAY, null)).containsExactly(atStart, inside, atEnd);
        assertThat(runs.list(ann, null, MONDAY)).containsExactly(before);
        assertThat(runs.list(ann, null, null)).containsExactly(before, atStart, inside, atEnd);
    }

    @Test
    void deletingARunDeletesItsItems() {
        var run = run(ann, MONDAY, List.of("pelvic-tilt", "knee-to-chest"));
        var kept = run(ann, MONDAY, List.of("pelvic-tilt"));
        runs.insert(run);
        runs.insert(kept);

        assertThat(runs.delete(ann, run.id())).isTrue();

        assertThat(runs.find(ann, run.id())).isEmpty();
        assertThat(runs.delete(ann, run.id())).isFalse();
        assertThat(itemCount(run.id())).isZero();
        assertThat(runs.list(ann, null, null)).containsExactly(kept);
    }

    @Test
    void deletingTheAccountDeletesItsRunsAndItems() {
        var annsRun = run(ann, MONDAY, List.of("pelvic-tilt"));
        var bobsRun = run(bob, MONDAY, List.of("pelvic-tilt"));
        runs.insert(annsRun);
        runs.insert(bobsRun);

        accounts.delete(ann);

        assertThat(runs.list(ann, null, null)).isEmpty();
        assertThat(itemCount(annsRun.id())).isZero();
        assertThat(runs.list(bob, null, null)).containsExactly(bobsRun);
    }

    @Test
    void aRunNeedsAnAccount() {
        assertThatThrownBy(() -> runs.insert(run(UUID.randomUUID(), MONDAY, List.of())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesARunEndingBeforeItStartsOrPainOutOfRange() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO routine_run (id, account_id, started_at, ended_at, pain_before) "
                                + "VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2026-11-23 08:00:00+00', "
                                + "TIMESTAMP WITH TIME ZONE '2026-11-23 07:59:59+00', 1)")
                        .params(UUID.randomUUID(), ann)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO routine_run (id, account_id, started_at, ended_at, pain_before) "
                                + "VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2026-11-23 08:00:00+00', "
                                + "TIMESTAMP WITH TIME ZONE '2026-11-23 08:00:00+00', 11)")
                        .params(UUID.randomUUID(), ann)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private int itemCount(UUID runId) {
        return jdbc.sql("SELECT COUNT(*) FROM routine_run_item WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }
}
