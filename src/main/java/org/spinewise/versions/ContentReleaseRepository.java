package org.spinewise.versions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code content_release} table. */
@Repository
@RequiredArgsConstructor
public class ContentReleaseRepository {

    private static final String COLUMNS = "kind, version, checksum, first_served_at";

    private final JdbcClient jdbc;

    public Optional<ContentRelease> find(String kind, String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM content_release WHERE kind = ? AND version = ?")
                .params(kind, version)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Newest first. */
    public List<ContentRelease> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM content_release ORDER BY first_served_at DESC, kind, version")
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Only a release the guard stamped with its first serving is stored. */
    private static Instant servedAt(ContentRelease release) {
        return Objects.requireNonNull(release.firstServedAt(), "a release is stored once it was served");
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the kind and version are already recorded */
    public void insert(ContentRelease release) {
        jdbc.sql("INSERT INTO content_release (" + COLUMNS + ") VALUES (?, ?, ?, ?)")
                .params(release.kind(), release.version(), release.checksum(), SqlTime.utc(servedAt(release)))
                .update();
    }

    private static ContentRelease map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = SqlTime.instant(rs, "first_served_at");
        return new ContentRelease(
                rs.getString("kind"),
                rs.getString("version"),
                rs.getString("checksum").trim(),
                at);
    }
}
