package org.spinewise.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code clinic} and {@code clinic_clinician} tables. */
@Repository
@RequiredArgsConstructor
class ClinicRepository {

    private final JdbcClient jdbc;

    void insert(Clinic clinic, Instant at) {
        jdbc.sql("INSERT INTO clinic (id, name, created_at) VALUES (?, ?, ?)")
                .params(clinic.id(), clinic.name(), SqlTime.utc(at))
                .update();
    }

    Optional<Clinic> find(UUID id) {
        return jdbc.sql("SELECT id, name FROM clinic WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Clinic(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    /** Every clinic, by name then id, so the list reads the same each time. */
    List<Clinic> list() {
        return jdbc.sql("SELECT id, name FROM clinic ORDER BY LOWER(name), id")
                .query((rs, row) -> new Clinic(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    /** The emails of a clinic's clinicians, in case-insensitive order. */
    List<String> clinicianEmails(UUID clinicId) {
        return jdbc.sql("SELECT a.email FROM clinic_clinician c JOIN account a ON a.id = c.account_id"
                        + " WHERE c.clinic_id = ? ORDER BY a.email_key")
                .param(clinicId)
                .query(String.class)
                .list();
    }

    /** The clinic this account works for, if any. */
    Optional<Clinic> clinicOf(UUID accountId) {
        return jdbc.sql("SELECT k.id, k.name FROM clinic_clinician c JOIN clinic k ON k.id = c.clinic_id"
                        + " WHERE c.account_id = ?")
                .param(accountId)
                .query((rs, row) -> new Clinic(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the account already works for a clinic */
    void addClinician(UUID clinicId, UUID accountId) {
        jdbc.sql("INSERT INTO clinic_clinician (account_id, clinic_id) VALUES (?, ?)")
                .params(accountId, clinicId)
                .update();
    }

    boolean removeClinician(UUID clinicId, UUID accountId) {
        return jdbc.sql("DELETE FROM clinic_clinician WHERE account_id = ? AND clinic_id = ?")
                        .params(accountId, clinicId)
                        .update()
                == 1;
    }
}
