package org.spinewise.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} and {@code account_role} tables. */
@Repository
@RequiredArgsConstructor
public class AccountRepository {

    private final JdbcClient jdbc;

    /** A stored account with its password hash, for signing in. */
    public record Credentials(Account account, String passwordHash) {}

    /** @throws org.springframework.dao.DuplicateKeyException when the email is taken */
    public void insert(Account account, String passwordHash) {
        jdbc.sql(
                        "INSERT INTO account (id, email, email_key, password_hash, time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        account.id(),
                        account.email(),
                        EmailAddresses.key(account.email()),
                        passwordHash,
                        account.timeZone().getId(),
                        SqlTime.utc(account.createdAt()))
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)")
                    .params(account.id(), role.name())
                    .update();
        }
    }

    public Optional<Credentials> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM account WHERE email_key = ?")
                .param(EmailAddresses.key(email))
                .query((rs, row) -> new Credentials(map(rs), rs.getString("password_hash")))
                .optional();
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    public void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another account has this email */
    public void updateEmail(UUID id, String email) {
        jdbc.sql("UPDATE account SET email = ?, email_key = ? WHERE id = ?")
                .params(email, EmailAddresses.key(email), id)
                .update();
    }

    public void updateTimeZone(UUID id, ZoneId zone) {
        jdbc.sql("UPDATE account SET time_zone = ? WHERE id = ?")
                .params(zone.getId(), id)
                .update();
    }

    /** Deletes the account; every record of the person goes with it (ON DELETE CASCADE). */
    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update() == 1;
    }

    /** Whether the person lets the safety check page keep their checks (off until they say so). */
    public boolean keepsChecks(UUID id) {
        return jdbc.sql("SELECT keep_checks FROM account WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Remembers the person's choice on the safety check page as their next default. */
    public void keepChecks(UUID id, boolean keep) {
        jdbc.sql("UPDATE account SET keep_checks = ? WHERE id = ? AND keep_checks <> ?")
                .params(keep, id, keep)
                .update();
    }

    /** The roles an account holds now, read afresh so that a change applies at once. */
    public Set<Role> roles(UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ?")
                .param(id)
                .query((rs, row) -> Role.valueOf(rs.getString("role")))
                .list()
                .forEach(roles::add);
        return roles;
    }

    /** Adds the role; false when the account already held it. */
    public boolean grant(UUID id, Role role) {
        return jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, ? FROM account WHERE id = ?"
                                + " AND NOT EXISTS (SELECT 1 FROM account_role WHERE account_id = ? AND role = ?)")
                        .params(role.name(), id, id, role.name())
                        .update()
                == 1;
    }

    /** Removes the role; false when the account did not hold it. */
    public boolean revoke(UUID id, Role role) {
        return jdbc.sql("DELETE FROM account_role WHERE account_id = ? AND role = ?")
                        .params(id, role.name())
                        .update()
                == 1;
    }

    /**
     * {@code ADMIN} for exactly the accounts whose email key is listed.
     *
     * @return how many accounts hold it now
     */
    int setAdministrators(Set<String> emailKeys) {
        jdbc.sql("DELETE FROM account_role WHERE role = ?")
                .param(Role.ADMIN.name())
                .update();
        int granted = 0;
        for (String key : emailKeys) {
            granted += jdbc.sql(
                            "INSERT INTO account_role (account_id, role) SELECT id, ? FROM account WHERE email_key = ?")
                    .params(Role.ADMIN.name(), key)
                    .update();
        }
        return granted;
    }

    private Account map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Account(
                id,
                rs.getString("email"),
                roles(id),
                ZoneId.of(rs.getString("time_zone")),
                SqlTime.instant(rs, "created_at"));
    }
}
