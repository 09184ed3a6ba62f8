package org.spinewise.journal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.TestContent;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.support.OnEachDatabase;
import org.spinewise.support.TwoAccountsRepositoryTest;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal's migration, data access and services (with a fixed clock), run unchanged against each
 * database Spinewise supports (H2 in PostgreSQL mode and PostgreSQL).
 */
@OnEachDatabase
class JournalRepositoryTest extends TwoAccountsRepositoryTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    /** 2026-11-25 11:30 UTC is 2026-11-26 00:30 in Auckland (NZDT, UTC+13). */
    static final Instant NOW = Instant.parse("2026-11-25T11:30:00Z");

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private CheckInRepository checkIns;
    private CrackRepository cracks;

    JournalRepositoryTest() {
        super(UTC, AUCKLAND, NOW);
    }

    @BeforeEach
    void repositories() {
        checkIns = new CheckInRepository(jdbc);
        cracks = new CrackRepository(jdbc);
    }

    private static CheckIn checkIn(LocalDate day, int pain) {
        return new CheckIn(day, pain, 4, new BigDecimal("7.5"), "note " + pain);
    }

    private static Crack crack(Instant at, boolean forced, boolean painful) {
        return new Crack(UUID.randomUUID(), at, "seated-floor-twist", forced, painful);
    }

    private Cracks cracksAt(Instant now, CrackGuardrails guardrails) {
        return new Cracks(
                cracks,
                new CrackAdvisor(guardrails, TestContent.LIBRARY),
                TestContent.LIBRARY,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> codes(Cracks.Logged logged) {
        return logged.advice().stream().map(Advice::code).toList();
    }

    private static Set<String> fields(InvalidRequestException e) {
        return Set.copyOf(e.errors().stream().map(FieldError::field).toList());
    }

    // ---- check-ins ----------------------------------------------------------------------

    @Test
    void storesFindsReplacesAndDeletesACheckIn() {
        var first = new CheckIn(DAY, 3, 5, new BigDecimal("6.25"), null);
        checkIns.insert(ann, first);

        assertThat(checkIns.find(ann, DAY)).contains(first);
        assertThat(checkIns.find(ann, DAY).orElseThrow().sittingHours()).isEqualByComparingTo("6.25");
        assertThat(checkIns.find(ann, DAY.plusDays(1))).isEmpty();

        var second = new CheckIn(DAY, 0, 10, new BigDecimal("24"), "better");
        assertThat(checkIns.update(ann, second)).isTrue();
        assertThat(checkIns.find(ann, DAY)).contains(second);

        assertThat(checkIns.delete(ann, DAY)).isTrue();
        assertThat(checkIns.delete(ann, DAY)).isFalse();
        assertThat(checkIns.find(ann, DAY)).isEmpty();
        assertThat(checkIns.update(ann, second)).as("nothing left to replace").isFalse();
    }

    @Test
    void oneCheckInPerPersonAndDay() {
        checkIns.insert(ann, checkIn(DAY, 1));
        checkIns.insert(bob, checkIn(DAY, 2));

        assertThatThrownBy(() -> checkIns.insert(ann, checkIn(DAY, 3))).isInstanceOf(DuplicateKeyException.class);
        assertThat(checkIns.find(ann, DAY).orElseThrow().pain()).isEqualTo(1);
        assertThat(checkIns.find(bob, DAY).orElseThrow().pain()).isEqualTo(2);
    }

    @Test
    void listsInDayOrderWithinInclusiveBounds() {
        for (int offset : new int[] {3, 0, 4, 1, 2}) {
            checkIns.insert(ann, checkIn(DAY.plusDays(offset), offset));
        }
        checkIns.insert(bob, checkIn(DAY.plusDays(2), 9));

        assertThat(checkIns.list(ann, null, null)).extracting(CheckIn::pain).containsExactly(0, 1, 2, 3, 4);
        assertThat(checkIns.list(ann, DAY.plusDays(1), DAY.plusDays(3)))
                .extracting(CheckIn::pain)
                .containsExactly(1, 2, 3);
        assertThat(checkIns.list(ann, DAY.plusDays(3), null))
                .extracting(CheckIn::pain)
                .containsExactly(3, 4);
        assertThat(checkIns.list(ann, null, DAY)).extracting(CheckIn::pain).containsExactly(0);
        assertThat(checkIns.list(ann, DAY.plusDays(2), DAY.plusDays(2)))
                .extracting(CheckIn::pain)
                .containsExactly(2);
        assertThat(checkIns.list(bob, null, null)).extracting(CheckIn::pain).containsExactly(9);
    }

    @Test
    void anotherPersonCanNeitherReplaceNorDeleteACheckIn() {
        checkIns.insert(ann, checkIn(DAY, 1));

        assertThat(checkIns.update(bob, checkIn(DAY, 7))).isFalse();
        assertThat(checkIns.delete(bob, DAY)).isFalse();
        assertThat(checkIns.find(bob, DAY)).isEmpty();
        assertThat(checkIns.find(ann, DAY)).contains(checkIn(DAY, 1));
    }

    @Test
    void keepsTwoThousandCharactersOfAnyScript() {
        String emoji = "\uD83D\uDE00".repeat(CheckIn.MAX_NOTE);
        String plain = "é".repeat(CheckIn.MAX_NOTE);
        checkIns.insert(ann, new CheckIn(DAY, 1, 1, BigDecimal.ZERO, emoji));
        checkIns.insert(ann, new CheckIn(DAY.plusDays(1), 1, 1, BigDecimal.ZERO, plain));

        assertThat(checkIns.find(ann, DAY).orElseThrow().note()).isEqualTo(emoji);
        assertThat(checkIns.find(ann, DAY.plusDays(1)).orElseThrow().note()).isEqualTo(plain);
    }

    @Test
    void theDatabaseRefusesOutOfRangeValues() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO checkin (account_id, \"day\", pain, stiffness, sitting_hours) "
                                + "VALUES (?, ?, 11, 0, 0)")
                        .params(ann, DAY)
                        .update())
                .isNotNull();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO checkin (account_id, \"day\", pain, stiffness, sitting_hours) "
                                + "VALUES (?, ?, 0, 0, 24.5)")
                        .params(ann, DAY)
                        .update())
                .isNotNull();
        assertThat(checkIns.list(ann, null, null)).isEmpty();
    }

    // ---- cracks -------------------------------------------------------------------------

    @Test
    void storesFindsAndDeletesACrackToTheMicrosecond() {
        var crack = new Crack(UUID.randomUUID(), Instant.parse("2026-11-20T08:30:00.123456789Z"), "other", true, false);
        cracks.insert(ann, crack);

        Crack found = cracks.find(ann, crack.id()).orElseThrow();
        assertThat(found).isEqualTo(crack);
        assertThat(found.at()).isEqualTo(Instant.parse("2026-11-20T08:30:00.123456Z"));
        assertThat(cracks.find(bob, crack.id())).isEmpty();
        assertThat(cracks.delete(bob, crack.id())).isFalse();
        assertThat(cracks.find(ann, crack.id())).isPresent();
        assertThat(cracks.delete(ann, crack.id())).isTrue();
        assertThat(cracks.find(ann, crack.id())).isEmpty();
        assertThat(cracks.delete(ann, crack.id())).isFalse();
    }

    @Test
    void listsAndCountsByTimeWithinHalfOpenBounds() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        var late = crack(t.plus(2, ChronoUnit.HOURS), false, false);
        var early = crack(t, false, false);
        var middle = crack(t.plus(1, ChronoUnit.HOURS), false, false);
        cracks.insert(ann, late);
        cracks.insert(ann, early);
        cracks.insert(ann, middle);
        cracks.insert(bob, crack(t.plus(1, ChronoUnit.HOURS), false, false));

        assertThat(cracks.list(ann, null, null)).containsExactly(early, middle, late);
        assertThat(cracks.list(ann, t.plusSeconds(1), null)).containsExactly(middle, late);
        assertThat(cracks.list(ann, t, middle.at())).containsExactly(early);
        assertThat(cracks.count(ann, t, late.at())).isEqualTo(2);
        assertThat(cracks.count(ann, null, null)).isEqualTo(3);
        assertThat(cracks.count(bob, null, null)).isEqualTo(1);
    }

    @Test
    void findsTheLatestCracksUpToATimeNewestFirst() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        var cracksInOrder = List.of(
                crack(t, false, true),
                crack(t.plusSeconds(60), false, false),
                crack(t.plusSeconds(120), false, true),
                crack(t.plusSeconds(180), false, false));
        cracksInOrder.forEach(crack -> cracks.insert(ann, crack));
        var self = crack(t.plusSeconds(120), false, false);
        cracks.insert(ann, self);

        assertThat(cracks.latestUpTo(ann, self.at(), self.id(), 2))
                .containsExactly(cracksInOrder.get(2), cracksInOrder.get(1));
        assertThat(cracks.latestUpTo(ann, self.at(), self.id(), 10))
                .containsExactly(cracksInOrder.get(2), cracksInOrder.get(1), cracksInOrder.get(0));
        assertThat(cracks.latestUpTo(ann, self.at(), self.id(), 0)).isEmpty();
        assertThat(cracks.latestUpTo(bob, self.at(), self.id(), 5)).isEmpty();
    }

    @Test
    void deletingTheAccountDeletesItsJournal() {
        checkIns.insert(ann, checkIn(DAY, 1));
        cracks.insert(ann, crack(NOW, false, false));
        checkIns.insert(bob, checkIn(DAY, 2));
        cracks.insert(bob, crack(NOW, false, false));

        accounts.delete(ann);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM checkin WHERE account_id = ?")
                        .param(ann)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM crack WHERE account_id = ?")
                        .param(ann)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(checkIns.list(bob, null, null)).hasSize(1);
        assertThat(cracks.list(bob, null, null)).hasSize(1);
    }

    // ---- services with a fixed clock ----------------------------------------------------------

    @Test
    void aCheckInsDayIsTheDayInThePersonsTimeZone() {
        var service = new CheckIns(checkIns, Clock.fixed(NOW, ZoneOffset.UTC));
        LocalDate aucklandToday = LocalDate.of(2026, 11, 26);

        assertThat(service.today(AUCKLAND)).isEqualTo(aucklandToday);
        assertThat(service.today(UTC)).isEqualTo(aucklandToday.minusDays(1));

        assertThat(service.put(bob, AUCKLAND, checkIn(aucklandToday, 1)).created())
                .isTrue();
        assertThatThrownBy(() -> service.put(ann, UTC, checkIn(aucklandToday, 1)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(fields(e)).containsExactly("day"));
        assertThatThrownBy(() -> service.put(bob, AUCKLAND, checkIn(aucklandToday.plusDays(1), 1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(service.put(ann, UTC, checkIn(aucklandToday.minusDays(1), 1)).created())
                .isTrue();
        assertThat(service.list(ann, null, null)).extracting(CheckIn::day).containsExactly(aucklandToday.minusDays(1));

        // A minute before Auckland's midnight, its today is still the 25th.
        var beforeMidnight = new CheckIns(checkIns, Clock.fixed(Instant.parse("2026-11-25T10:59:00Z"), ZoneOffset.UTC));
        assertThat(beforeMidnight.today(AUCKLAND)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(beforeMidnight.dayProblem(aucklandToday, AUCKLAND)).isPresent();
    }

    @Test
    void aSecondPutOfADayReplacesTheFirst() {
        var service = new CheckIns(checkIns, Clock.fixed(NOW, ZoneOffset.UTC));

        var first = service.put(ann, UTC, checkIn(DAY, 1));
        var second = service.put(ann, UTC, new CheckIn(DAY, 2, 3, new BigDecimal("1.005"), null));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.checkIn().sittingHours()).isEqualByComparingTo("1.01");
        assertThat(service.find(ann, DAY)).contains(second.checkIn());
        assertThat(service.list(ann, null, null)).hasSize(1);
    }

    @Test
    void aCrackMayBeUpToFiveMinutesAhead() {
        Cracks service = cracksAt(NOW, CrackGuardrails.DEFAULTS);

        var logged = service.log(ann, UTC, NOW.plusSeconds(300), "other", false, false);
        assertThat(logged.crack().at()).isEqualTo(NOW.plusSeconds(300));
        assertThatThrownBy(() -> service.log(ann, UTC, NOW.plusSeconds(301), "other", false, false))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(fields(e)).containsExactly("at"));
        assertThat(service.log(ann, UTC, null, "other", false, false).crack().at())
                .isEqualTo(NOW);
        assertThat(service.list(ann, UTC, null, null)).hasSize(2);
    }

    @Test
    void theDailyLimitCountsTheCracksOfTheDayInThePersonsTimeZone() {
        Cracks service = cracksAt(NOW, CrackGuardrails.DEFAULTS);
        // Auckland's 2026-11-21 starts at 2026-11-20T11:00Z; UTC's 2026-11-20 holds all four.
        Instant midnight = LocalDate.of(2026, 11, 21).atStartOfDay(AUCKLAND).toInstant();
        assertThat(midnight).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        List<Instant> times =
                List.of(midnight.minusSeconds(3600), midnight.minusSeconds(1800), midnight.minusSeconds(1), midnight);

        for (int i = 0; i < times.size(); i++) {
            var forAnn = service.log(ann, UTC, times.get(i), "seated-chair-extension", false, false);
            var forBob = service.log(bob, AUCKLAND, times.get(i), "seated-chair-extension", false, false);
            assertThat(codes(forAnn))
                    .as("Ann's crack %d", i + 1)
                    .isEqualTo(i == 3 ? List.of("DAILY_LIMIT") : List.of());
            assertThat(codes(forBob)).as("Bob's crack %d", i + 1).isEmpty();
        }
        assertThat(service.list(bob, AUCKLAND, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)))
                .extracting(Crack::at)
                .containsExactly(midnight);
        assertThat(service.list(bob, AUCKLAND, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                .hasSize(3);
        assertThat(service.list(ann, UTC, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                .hasSize(4);
        assertThat(service.list(ann, UTC, LocalDate.of(2026, 11, 21), null)).isEmpty();
    }

    @Test
    void persistentPainLooksAtTheLatestCracksUpToAndIncludingTheNewOne() {
        Cracks service = cracksAt(NOW, CrackGuardrails.DEFAULTS);
        Instant t = NOW.minus(30, ChronoUnit.DAYS);
        // One crack a day, so the daily limit stays out of it.
        service.log(ann, UTC, t, "other", false, true);
        service.log(ann, UTC, t.plus(1, ChronoUnit.DAYS), "other", false, true);
        for (int day = 2; day < 6; day++) {
            service.log(ann, UTC, t.plus(day, ChronoUnit.DAYS), "other", false, false);
        }
        // Latest five up to day 1.5: painful, painful and this one.
        var backdated = service.log(ann, UTC, t.plus(36, ChronoUnit.HOURS), "other", false, true);
        assertThat(codes(backdated)).containsExactly("PERSISTENT_PAIN");
        // Latest five now: four painless and this painful one.
        var latest = service.log(ann, UTC, t.plus(6, ChronoUnit.DAYS), "other", false, true);
        assertThat(codes(latest)).isEmpty();
    }

    @Test
    void aBadTechniqueOrTimeStoresNothing() {
        Cracks service = cracksAt(NOW, CrackGuardrails.DEFAULTS);

        assertThatThrownBy(() -> service.log(ann, UTC, NOW.plus(1, ChronoUnit.DAYS), "pelvic-tilt", false, false))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("at", "technique"));
        assertThat(service.list(ann, UTC, null, null)).isEmpty();
    }
}
