package org.spinewise.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contact_request} table; {@code seq} keeps the order requests arrived in. */
@Repository
@RequiredArgsConstructor
class ContactRequestRepository {

    private static final String SELECT = "SELECT r.*, a.email, c.name AS clinic_name FROM contact_request r"
            + " JOIN account a ON a.id = r.account_id JOIN clinic c ON c.id = r.clinic_id";

    private final JdbcClient jdbc;

    void insert(ContactRequest request) {
        var screening = request.screening();
        jdbc.sql("INSERT INTO contact_request (id, account_id, clinic_id, status, message, preferred_contact,"
                        + " screening_id, screening_at, screening_outcome, screening_rules, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        request.id(),
                        request.accountId(),
                        request.clinic().id(),
                        request.status().name(),
                        request.message(),
                        request.preferredContact(),
                        screening == null ? null : screening.id(),
                        screening == null ? null : SqlTime.utc(screening.at()),
                        screening == null ? null : screening.disposition(),
                        screening == null ? null : String.join(",", screening.firedRules()),
                        SqlTime.utc(request.createdAt())))
                .update();
    }

    /** The person's own requests, newest first. */
    List<ContactRequest> ofPerson(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE r.account_id = ? ORDER BY r.seq DESC")
                .param(accountId)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** A clinic's requests, oldest first; every status when {@code status} is null. */
    List<ContactRequest> ofClinic(UUID clinicId, @Nullable ContactStatus status) {
        List<Object> params = new ArrayList<>(List.of(clinicId));
        String where = " WHERE r.clinic_id = ?";
        if (status != null) {
            where += " AND r.status = ?";
            params.add(status.name());
        }
        return jdbc.sql(SELECT + where + " ORDER BY r.seq")
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<ContactRequest> find(UUID clinicId, UUID id) {
        return jdbc.sql(SELECT + " WHERE r.clinic_id = ? AND r.id = ?")
                .params(clinicId, id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    boolean hasOpen(UUID accountId, UUID clinicId) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_request WHERE account_id = ? AND clinic_id = ? AND status = ?")
                        .params(accountId, clinicId, ContactStatus.OPEN.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** @return false when the request was no longer in {@code from} (another change came first) */
    boolean update(UUID clinicId, UUID id, ContactStatus from, ContactStatus to, @Nullable String reply) {
        return jdbc.sql(
                                "UPDATE contact_request SET status = ?, reply = ? WHERE clinic_id = ? AND id = ? AND status = ?")
                        .params(Arrays.asList(to.name(), reply, clinicId, id, from.name()))
                        .update()
                == 1;
    }

    private static ContactRequest map(ResultSet rs) throws SQLException {
        UUID screeningId = rs.getObject("screening_id", UUID.class);
        String rules = rs.getString("screening_rules");
        return new ContactRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("email"),
                new Clinic(rs.getObject("clinic_id", UUID.class), rs.getString("clinic_name")),
                ContactStatus.valueOf(rs.getString("status")),
                rs.getString("message"),
                rs.getString("preferred_contact"),
                screeningId == null
                        ? null
                        : new ContactRequest.SentScreening(
                                screeningId,
                                SqlTime.instant(rs, "screening_at"),
                                rs.getString("screening_outcome"),
                                rules == null || rules.isEmpty() ? List.of() : List.of(rules.split(","))),
                SqlTime.instant(rs, "created_at"),
                rs.getString("reply"));
    }
}
