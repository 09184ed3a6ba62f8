package org.spinewise.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code clinic_invite} and {@code clinic_link} tables. */
@Repository
@RequiredArgsConstructor
class LinkRepository {

    private static final String LINK = "SELECT l.id, l.account_id, l.since, c.id AS clinic_id, c.name AS clinic_name"
            + " FROM clinic_link l JOIN clinic c ON c.id = l.clinic_id";

    private final JdbcClient jdbc;

    void insertInvite(String codeHash, UUID clinicId, UUID createdBy, Instant at, Instant expiresAt) {
        jdbc.sql("INSERT INTO clinic_invite (code_hash, clinic_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(codeHash, clinicId, createdBy, SqlTime.utc(at), SqlTime.utc(expiresAt))
                .update();
    }

    /** The clinic of an unused invite that has not expired at {@code now}. */
    Optional<UUID> usableInvite(String codeHash, Instant now) {
        return jdbc.sql(
                        "SELECT clinic_id FROM clinic_invite WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(codeHash, SqlTime.utc(now))
                .query((rs, row) -> rs.getObject("clinic_id", UUID.class))
                .optional();
    }

    /** @return false when another request used the invite first */
    boolean useInvite(String codeHash, Instant now) {
        return jdbc.sql("UPDATE clinic_invite SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                        .params(SqlTime.utc(now), codeHash)
                        .update()
                == 1;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the person is linked to that clinic */
    void insert(UUID id, UUID accountId, UUID clinicId, Instant since) {
        jdbc.sql("INSERT INTO clinic_link (id, account_id, clinic_id, since) VALUES (?, ?, ?, ?)")
                .params(id, accountId, clinicId, SqlTime.utc(since))
                .update();
    }

    boolean exists(UUID accountId, UUID clinicId) {
        return find(accountId, clinicId).isPresent();
    }

    Optional<Link> find(UUID accountId, UUID clinicId) {
        return jdbc.sql(LINK + " WHERE l.account_id = ? AND l.clinic_id = ?")
                .params(accountId, clinicId)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Link> findById(UUID accountId, UUID linkId) {
        return jdbc.sql(LINK + " WHERE l.account_id = ? AND l.id = ?")
                .params(accountId, linkId)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The person's current links, oldest first. */
    List<Link> ofPerson(UUID accountId) {
        return jdbc.sql(LINK + " WHERE l.account_id = ? ORDER BY l.since, l.id")
                .param(accountId)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** The clinic's current links. */
    List<Link> ofClinic(UUID clinicId) {
        return jdbc.sql(LINK + " WHERE l.clinic_id = ?")
                .param(clinicId)
                .query((rs, row) -> map(rs))
                .list();
    }

    boolean delete(UUID linkId) {
        return jdbc.sql("DELETE FROM clinic_link WHERE id = ?").param(linkId).update() == 1;
    }

    private static Link map(ResultSet rs) throws SQLException {
        return new Link(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                new Clinic(rs.getObject("clinic_id", UUID.class), rs.getString("clinic_name")),
                SqlTime.instant(rs, "since"));
    }
}
