package org.spinewise.account;

import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Who is signed in, as the session keeps it (serialised into the session
 * table, so any app node can read it). Its name is the account id, which is
 * how the session store finds all of a person's sessions.
 */
public record SignedInPerson(UUID accountId, String email, ZoneId timeZone) implements Principal, Serializable {

    @Override
    public String getName() {
        return accountId.toString();
    }
}
