package org.spinewise.history;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.account.AccountRepository;
import org.spinewise.support.OnEachDatabase;
import org.spinewise.support.TestAccounts;
import org.spinewise.support.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screening-history migration and data access, run unchanged against
 * each database Spinewise supports.
 */
@OnEachDatabase
class ScreeningRecordRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private ScreeningRecordRepository records;
    private AccountRepository accounts;
    private UUID ann;
    private UUID bob;

    @BeforeEach
    void migrate(TestDatabase database) throws SQLException {
        JdbcClient jdbc = database.emptyAndMigrated();
        records = new ScreeningRecordRepository(jdbc);
        accounts = new AccountRepository(jdbc);
        ann = TestAccounts.insert(jdbc, "ann@example.org", ZoneId.of("UTC"), MONDAY);
        bob = TestAccounts.insert(jdbc, "bob@example.org", ZoneId.of("UTC"), MONDAY);
    }

    private static ScreeningRecord record(UUID accountId, Instant at) {
        return new ScreeningRecord(
                UUID.randomUUID(),
                accountId,
                at,
                "2026.11.25-1",
                "{\"age\":40,\"painLevel\":2}",
                "{\"disposition\":\"SELF_CARE\",\"firedRules\":[]}");
    }

    @Test
    void storesAndFindsARecord() {
        var record = record(ann, MONDAY.plusNanos(123_000_000));

        records.insert(record);

        assertThat(records.find(ann, record.id())).contains(record);
        assertThat(records.find(ann, UUID.randomUUID())).isEmpty();
    }

    @Test
    void keepsLargeRequestsAndResultsWhole() {
        String request = "{\"padding\":\"" + "é".repeat(70_000) + "\"}";
        String result = "{\"firedRules\":[" + "{\"message\":\"ü\"},".repeat(10_000) + "{}]}";
        var record = new ScreeningRecord(UUID.randomUUID(), ann, MONDAY, "v", request, result);

        records.insert(record);

        assertThat(records.find(ann, record.id())).contains(record);
    }

    @Test
    void listsNewestFirstWithinAHalfOpenRange() {
        var older = record(ann, MONDAY.minusNanos(1000));
        var first = record(ann, MONDAY);
        var sameInstantLater = record(ann, MONDAY);
        var newer = record(ann, MONDAY.plus(20, ChronoUnit.HOURS));
        var nextDay = record(ann, MONDAY.plus(1, ChronoUnit.DAYS));
        records.insert(newer);
        records.insert(older);
        records.insert(first);
        records.insert(sameInstantLater);
        records.insert(nextDay);
        records.insert(record(bob, MONDAY));

        assertThat(records.list(ann, null, null)).containsExactly(nextDay, newer, sameInstantLater, first, older);
        assertThat(records.list(ann, MONDAY, MONDAY.plus(1, ChronoUnit.DAYS)))
                .containsExactly(newer, sameInstantLater, first);
        assertThat(records.list(ann, null, MONDAY)).containsExactly(older);
        assertThat(records.list(ann, MONDAY.plus(1, ChronoUnit.DAYS), null)).containsExactly(nextDay);
    }

    @Test
    void anotherPersonsRecordIsNotThere() {
        var record = record(ann, MONDAY);
        records.insert(record);

        assertThat(records.find(bob, record.id())).isEmpty();
        assertThat(records.list(bob, null, null)).isEmpty();
        assertThat(records.delete(bob, record.id())).isFalse();

        assertThat(records.list(ann, null, null)).containsExactly(record);
    }

    @Test
    void deletesARecord() {
        var gone = record(ann, MONDAY);
        var kept = record(ann, MONDAY);
        records.insert(gone);
        records.insert(kept);

        assertThat(records.delete(ann, gone.id())).isTrue();

        assertThat(records.delete(ann, gone.id())).isFalse();
        assertThat(records.list(ann, null, null)).containsExactly(kept);
    }

    @Test
    void deletingTheAccountDeletesItsRecords() {
        records.insert(record(ann, MONDAY));
        var bobs = record(bob, MONDAY);
        records.insert(bobs);

        accounts.delete(ann);

        assertThat(records.list(ann, null, null)).isEmpty();
        assertThat(records.list(bob, null, null)).containsExactly(bobs);
    }

    @Test
    void aRecordNeedsAnAccount() {
        assertThatThrownBy(() -> records.insert(record(UUID.randomUUID(), MONDAY)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
