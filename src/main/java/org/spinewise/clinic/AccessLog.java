package org.spinewise.clinic;

import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed a person's data, append-only. An entry is written in the transaction of the read or
 * change it records ({@link Propagation#MANDATORY}: outside one it refuses), so a read whose entry cannot be
 * stored fails with it and is not answered. Entries go only with the person's account.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessLog {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(UUID personId, Clinician actor, AccessAction action, String resource) {
        if (actor.accountId().equals(personId)) {
            return; // a clinician reading their own data is the person, whom the log does not watch
        }
        jdbc.sql("INSERT INTO access_log (account_id, at, actor_email, clinic_id, action, resource)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        personId,
                        SqlTime.utc(ClinicTime.now(clock)),
                        actor.email(),
                        actor.clinic().id(),
                        action.name(),
                        resource)
                .update();
    }

    /** The person's entries, newest first. */
    public List<AccessEntry> of(UUID personId) {
        return jdbc.sql("SELECT l.at, l.actor_email, l.action, l.resource, c.id AS clinic_id, c.name AS clinic_name"
                        + " FROM access_log l LEFT JOIN clinic c ON c.id = l.clinic_id"
                        + " WHERE l.account_id = ? ORDER BY l.seq DESC")
                .param(personId)
                .query((rs, row) -> new AccessEntry(
                        SqlTime.instant(rs, "at"),
                        rs.getString("actor_email"),
                        rs.getObject("clinic_id") == null
                                ? null
                                : new Clinic(rs.getObject("clinic_id", UUID.class), rs.getString("clinic_name")),
                        AccessAction.valueOf(rs.getString("action")),
                        rs.getString("resource")))
                .list();
    }
}
