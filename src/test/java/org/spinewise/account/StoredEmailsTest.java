package org.spinewise.account;

import java.sql.SQLException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.support.OnEachDatabase;
import org.spinewise.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails stored before they were normalised (keyed by plain lower-casing) are brought into their normal form
 * at start, so their owners still sign in; look-alikes of another account are left for a person to settle.
 */
@OnEachDatabase
class StoredEmailsTest {

    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase(TestDatabase database) throws SQLException {
        jdbc = database.emptyAndMigrated();
    }

    @Test
    void anEmailStoredInAnotherFormIsNormalisedAndFoundAgain() {
        String nfd = Normalizer.normalize("Jos\u00e9@Example.org", Normalizer.Form.NFD);
        UUID id = storedAsBefore(nfd + "\u00a0");
        storedAsBefore("plain@example.org");

        assertThat(new StoredEmails(jdbc).normalise()).isEqualTo(1);

        assertThat(new AccountRepository(jdbc).findByEmail("jos\u00e9@example.org"))
                .hasValueSatisfying(found -> {
                    assertThat(found.account().id()).isEqualTo(id);
                    assertThat(found.account().email()).isEqualTo("Jos\u00e9@Example.org");
                });
        assertThat(new StoredEmails(jdbc).normalise()).as("nothing left to do").isZero();
    }

    @Test
    void aLookAlikeOfAnotherAccountIsLeftAsItIs() {
        UUID nfc = storedAsBefore("ren\u00e9e@example.org");
        String nfd = Normalizer.normalize("ren\u00e9e@example.org", Normalizer.Form.NFD);
        UUID lookAlike = storedAsBefore(nfd);

        assertThat(new StoredEmails(jdbc).normalise()).isZero();

        assertThat(new AccountRepository(jdbc).findByEmail(nfd))
                .hasValueSatisfying(found -> assertThat(found.account().id()).isEqualTo(nfc));
        assertThat(jdbc.sql("SELECT email FROM account WHERE id = ?")
                        .param(lookAlike)
                        .query(String.class)
                        .single())
                .isEqualTo(nfd);
    }

    /** An account as sign-up stored it before: the email as typed, keyed by trimming and lower-casing. */
    private UUID storedAsBefore(String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO account (id, email, email_key, password_hash, time_zone, created_at)"
                        + " VALUES (?, ?, ?, 'x', 'UTC', ?)")
                .params(id, email, email.trim().toLowerCase(java.util.Locale.ROOT), OffsetDateTime.now())
                .update();
        return id;
    }
}
