package org.spinewise.api;

import java.security.Principal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The account a page request acts for, for the pages open to anyone (the safety check, the planner, the desk
 * routine): their modules do not depend on {@code account}, so they take Spring MVC's {@link Principal},
 * whose name is the account id that signing in put there.
 */
public final class PrincipalAccount {

    private PrincipalAccount() {}

    /** The signed-in person's account id, or null for an anonymous visitor. */
    public static @Nullable UUID idOf(@Nullable Principal person) {
        return person == null ? null : UUID.fromString(person.getName());
    }
}
