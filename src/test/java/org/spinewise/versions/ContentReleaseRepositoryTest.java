package org.spinewise.versions;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.support.OnEachDatabase;
import org.spinewise.support.TestDatabase;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migrations and the content-release data access, run unchanged against
 * each database Spinewise supports.
 */
@OnEachDatabase
class ContentReleaseRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private ContentReleaseRepository releases;

    @BeforeEach
    void migrate(TestDatabase database) throws SQLException {
        releases = new ContentReleaseRepository(database.emptyAndMigrated());
    }

    @Test
    void storesAndFindsARelease() {
        var release = new ContentRelease("rules", "2026.1", "a".repeat(64), MONDAY);

        releases.insert(release);

        assertThat(releases.find("rules", "2026.1")).contains(release);
        assertThat(releases.find("rules", "2026.2")).isEmpty();
        assertThat(releases.find("library", "2026.1")).isEmpty();
    }

    @Test
    void aVersionIsRecordedOnce() {
        releases.insert(new ContentRelease("rules", "2026.1", "a".repeat(64), MONDAY));

        assertThatThrownBy(() -> releases.insert(new ContentRelease("rules", "2026.1", "b".repeat(64), MONDAY)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(releases.find("rules", "2026.1").orElseThrow().checksum()).isEqualTo("a".repeat(64));
    }

    @Test
    void listsNewestFirst() {
        releases.insert(new ContentRelease("rules", "1", "a".repeat(64), MONDAY));
        releases.insert(new ContentRelease("rules", "2", "b".repeat(64), MONDAY.plus(1, ChronoUnit.DAYS)));
        releases.insert(new ContentRelease("library", "1", "c".repeat(64), MONDAY));

        assertThat(releases.all())
                .extracting(ContentRelease::kind, ContentRelease::version)
                .containsExactly(tuple("rules", "2"), tuple("library", "1"), tuple("rules", "1"));
    }

    @Test
    void theGuardRecordsNewVersionsAndAcceptsThemAgain() {
        var guard = new ContentReleaseGuard(releases, Clock.fixed(MONDAY, ZoneOffset.UTC));
        List<ContentRelease> serving = List.of(new ContentRelease("rules", "7", "d".repeat(64), null));

        guard.check(serving);
        guard.check(serving);

        assertThat(releases.all()).containsExactly(new ContentRelease("rules", "7", "d".repeat(64), MONDAY));
    }

    @Test
    void theGuardRefusesChangedContentUnderAServedVersion() {
        var guard = new ContentReleaseGuard(releases, Clock.fixed(MONDAY, ZoneOffset.UTC));
        guard.check(List.of(new ContentRelease("rules", "7", "d".repeat(64), null)));

        assertThatIllegalStateException()
                .isThrownBy(() -> guard.check(List.of(new ContentRelease("rules", "7", "e".repeat(64), null))))
                .withMessageContaining("version '7'")
                .withMessageContaining("new version");
        assertThat(releases.all()).hasSize(1);
    }
}
