package org.spinewise.support;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.spinewise.account.AccountRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of a repository contract run with {@link OnEachDatabase}: each test starts on an empty, migrated database
 * that holds two accounts, Ann's and Bob's, so that it can show that neither ever reaches the other's records and
 * that a deleted account takes its records with it.
 */
public abstract class TwoAccountsRepositoryTest {

    private final ZoneId annZone;
    private final ZoneId bobZone;
    private final Instant createdAt;

    protected JdbcClient jdbc;
    protected AccountRepository accounts;
    protected UUID ann;
    protected UUID bob;

    protected TwoAccountsRepositoryTest(ZoneId annZone, ZoneId bobZone, Instant createdAt) {
        this.annZone = annZone;
        this.bobZone = bobZone;
        this.createdAt = createdAt;
    }

    @BeforeEach
    void migrateWithAnnAndBob(TestDatabase database) throws SQLException {
        jdbc = database.emptyAndMigrated();
        accounts = new AccountRepository(jdbc);
        ann = TestAccounts.insert(jdbc, "ann@example.org", annZone, createdAt);
        bob = TestAccounts.insert(jdbc, "bob@example.org", bobZone, createdAt);
    }
}
