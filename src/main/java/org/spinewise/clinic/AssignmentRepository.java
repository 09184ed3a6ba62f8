package org.spinewise.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.spinewise.planner.AssignedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The {@code clinic_assignment} table; items are kept as JSON text. */
@Repository
@RequiredArgsConstructor
class AssignmentRepository {

    private static final String SELECT =
            "SELECT a.*, c.name AS clinic_name FROM clinic_assignment a" + " JOIN clinic c ON c.id = a.clinic_id";
    private static final TypeReference<List<AssignedItem>> ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    void insert(Assignment assignment) {
        jdbc.sql("INSERT INTO clinic_assignment (id, account_id, clinic_id, title, items, note, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assignment.id(),
                        assignment.accountId(),
                        assignment.clinic().id(),
                        assignment.title(),
                        json.writeValueAsString(assignment.items()),
                        assignment.note(),
                        SqlTime.utc(assignment.createdAt()))
                .update();
    }

    /** The person's active assignments, newest first. */
    List<Assignment> active(UUID accountId) {
        return list(" WHERE a.account_id = ? AND a.ended_at IS NULL ORDER BY a.created_at DESC, a.seq DESC", accountId);
    }

    /** One clinic's active assignments for the person, newest first. */
    List<Assignment> active(UUID accountId, UUID clinicId) {
        return list(
                " WHERE a.account_id = ? AND a.clinic_id = ? AND a.ended_at IS NULL ORDER BY a.created_at DESC, a.seq DESC",
                accountId,
                clinicId);
    }

    /** Every assignment the person ever had, ended ones included, oldest first. */
    List<Assignment> all(UUID accountId) {
        return list(" WHERE a.account_id = ? ORDER BY a.created_at, a.seq", accountId);
    }

    Optional<Assignment> findActive(UUID accountId, UUID id) {
        return list(" WHERE a.account_id = ? AND a.id = ? AND a.ended_at IS NULL", accountId, id).stream()
                .findFirst();
    }

    private List<Assignment> list(String whereAndOrder, Object... params) {
        return jdbc.sql(SELECT + whereAndOrder)
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** @return false when it was not active for that clinic */
    boolean end(UUID accountId, UUID clinicId, UUID id, Instant at) {
        return jdbc.sql("UPDATE clinic_assignment SET ended_at = ? WHERE account_id = ? AND clinic_id = ? AND id = ?"
                                + " AND ended_at IS NULL")
                        .params(SqlTime.utc(at), accountId, clinicId, id)
                        .update()
                == 1;
    }

    void endAll(UUID accountId, UUID clinicId, Instant at) {
        jdbc.sql(
                        "UPDATE clinic_assignment SET ended_at = ? WHERE account_id = ? AND clinic_id = ? AND ended_at IS NULL")
                .params(SqlTime.utc(at), accountId, clinicId)
                .update();
    }

    private Assignment map(ResultSet rs) throws SQLException {
        Instant ended = rs.getObject("ended_at") == null ? null : SqlTime.instant(rs, "ended_at");
        return new Assignment(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                new Clinic(rs.getObject("clinic_id", UUID.class), rs.getString("clinic_name")),
                rs.getString("title"),
                json.readValue(rs.getString("items"), ITEMS),
                rs.getString("note"),
                SqlTime.instant(rs, "created_at"),
                ended);
    }
}
