package org.spinewise.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** A signed-up person. {@code timeZone} decides which calendar day their records fall on. */
public record Account(UUID id, String email, Set<Role> roles, ZoneId timeZone, Instant createdAt) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
