package org.spinewise.account;

import java.util.Optional;

import org.spinewise.system.Messages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person a request acts for. Features that keep a person's data ask it
 * here, so that every read and write is scoped to that person.
 */
public final class CurrentPerson {

    private CurrentPerson() {}

    public static Optional<SignedInPerson> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person)
                : Optional.empty();
    }

    /** @throws NotSignedInException when nobody is signed in (answered 401) */
    public static SignedInPerson require() {
        return find().orElseThrow(NotSignedInException::new);
    }

    /** A request that needs an account came without one. */
    public static class NotSignedInException extends RuntimeException {
        public NotSignedInException() {
            super(Messages.t("problem.signIn.detail"));
        }
    }
}
