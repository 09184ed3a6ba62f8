package org.spinewise.support;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.spinewise.account.Account;
import org.spinewise.account.AccountRepository;
import org.spinewise.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An account row for repository tests: only what records need to belong to someone, no usable password. */
public final class TestAccounts {

    private TestAccounts() {}

    public static UUID insert(JdbcClient jdbc, String email, ZoneId zone, Instant createdAt) {
        var account = new Account(UUID.randomUUID(), email, Set.of(Role.PATIENT), zone, createdAt);
        new AccountRepository(jdbc).insert(account, "{noop}not-a-real-hash");
        return account.id();
    }
}
