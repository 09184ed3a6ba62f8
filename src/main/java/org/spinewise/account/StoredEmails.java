package org.spinewise.account;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the emails stored before they were normalised into the form sign-up stores now ({@link EmailAddresses}),
 * once at every start, so that their owners sign in as before. SQL cannot normalise (H2 has no NFKC), hence
 * Java, and at start rather than in a migration so that it stays idempotent and can never fail a start: an
 * address whose normal form another account already holds (look-alikes made before), or one holding invisible
 * characters, is left as it is and logged for an administrator to settle with the two people.
 */
@Component
@RequiredArgsConstructor
class StoredEmails {

    private static final Logger log = LoggerFactory.getLogger(StoredEmails.class);

    private final JdbcClient jdbc;

    private record Stored(UUID id, String email, String key) {}

    /** @return how many accounts now have their normal form */
    int normalise() {
        List<Stored> stale = jdbc
                .sql("SELECT id, email, email_key FROM account")
                .query((rs, row) ->
                        new Stored(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("email_key")))
                .stream()
                .filter(stored -> !EmailAddresses.normalise(stored.email()).equals(stored.email())
                        || !EmailAddresses.key(stored.email()).equals(stored.key()))
                .toList();
        int normalised = 0;
        for (Stored stored : stale) {
            if (!EmailAddresses.isWellFormed(stored.email())) {
                log.warn(
                        "Account {} has an email Spinewise no longer takes (invisible characters or too long);"
                                + " its owner cannot sign in until an administrator changes it",
                        stored.id());
            } else if (rename(stored) == 1) {
                normalised++;
            } else {
                log.warn(
                        "Account {} was left with its email as stored: another account holds its normal form."
                                + " Look-alike accounts made before emails were normalised: settle them by hand",
                        stored.id());
            }
        }
        if (!stale.isEmpty()) {
            log.info("{} of {} stored email(s) not in their normal form were normalised", normalised, stale.size());
        }
        return normalised;
    }

    private int rename(Stored stored) {
        String key = EmailAddresses.key(stored.email());
        return jdbc.sql("UPDATE account SET email = ?, email_key = ? WHERE id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM account other WHERE other.email_key = ? AND other.id <> ?)")
                .params(EmailAddresses.normalise(stored.email()), key, stored.id(), key, stored.id())
                .update();
    }
}
