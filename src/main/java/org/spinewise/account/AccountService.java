package org.spinewise.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.system.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up, sign-in and account deletion. */
@Service
@RequiredArgsConstructor
public class AccountService {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final AccountRepository accounts;
    private final PasswordHashes passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final TransactionTemplate transaction;

    /** Another account already uses this email. */
    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException() {
            super(Messages.t("account.problem.emailTaken"));
        }
    }

    /** Wrong email or password: one message for both. */
    public static class BadCredentialsException extends RuntimeException {
        public BadCredentialsException() {
            super(Messages.t("account.problem.badCredentials"));
        }
    }

    /** Too many failed sign-ins: try again after {@code retryAfter}. */
    public static class ThrottledException extends RuntimeException {
        private final Duration retryAfter;

        /** @param messageKey the message of what there were too many of, given the minutes to wait */
        public ThrottledException(String messageKey, Duration retryAfter) {
            super(Messages.t(messageKey, Math.max(1, retryAfter.toMinutes())));
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** {@code Retry-After}'s value: whole seconds, rounded up, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** The password given to confirm a deletion is wrong. */
    public static class WrongPasswordException extends RuntimeException {
        public WrongPasswordException() {
            super(Messages.t("account.problem.wrongPassword"));
        }
    }

    /**
     * Every problem of these sign-up values, by field ({@code email}, {@code password}, {@code timeZone});
     * empty when they can make an account.
     *
     * @param timeZone an IANA id, or null for UTC
     */
    public List<FieldError> signUpProblems(String email, String password, @Nullable String timeZone) {
        List<FieldError> problems = new ArrayList<>();
        Optional<String> characters = EmailAddresses.characterProblem(email);
        if (characters.isPresent()) {
            problems.add(new FieldError("email", characters.get()));
        } else if (!EmailAddresses.isWellFormed(email)) {
            problems.add(new FieldError("email", Messages.t("account.email")));
        }
        policy.problem(password, EmailAddresses.normalise(email))
                .ifPresent(problem -> problems.add(new FieldError("password", problem)));
        zone(timeZone, problems);
        return problems;
    }

    /**
     * @param timeZone an IANA id, or null for UTC
     * @throws InvalidRequestException naming each field {@link #signUpProblems} finds a problem with; the API
     *     and the page ask it first, so only a direct caller meets it
     * @throws EmailTakenException     when the email is in use (case does not matter)
     */
    @Transactional
    public Account signUp(String email, String password, @Nullable String timeZone) {
        List<FieldError> problems = signUpProblems(email, password, timeZone);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ZoneId zone = Objects.requireNonNull(zone(timeZone, problems), "checked by signUpProblems");
        var account = new Account(
                UUID.randomUUID(), EmailAddresses.normalise(email), Set.of(Role.PATIENT), zone, clock.instant());
        try {
            accounts.insert(account, passwords.hash(password));
        } catch (DuplicateKeyException taken) {
            throw new EmailTakenException();
        }
        return account;
    }

    /**
     * Counts the attempt before the password is checked, so that concurrent guesses never pass the limit.
     *
     * @param address the client's address, for throttling
     * @throws InvalidRequestException naming {@code email} when it holds invisible or control characters
     * @throws ThrottledException      when this email or address must wait, even with the right password
     * @throws BadCredentialsException for an unknown email or a wrong password alike
     */
    // Not one transaction: a failed attempt must stay counted although the sign-in fails.
    public Account signIn(String email, String password, String address) {
        EmailAddresses.requireVisible(email, "email");
        SignInThrottle.Attempt attempt = throttle.reserveSignIn(email, address);
        if (EmailAddresses.key(email).length() > EmailAddresses.MAX_LENGTH) {
            throw new BadCredentialsException(); // no account has so long an address: no hash to spend on it
        }
        var credentials = accounts.findByEmail(email);
        if (!passwords.matchesStored(password, credentials.map(AccountRepository.Credentials::passwordHash))) {
            throw new BadCredentialsException(); // the attempt stays counted
        }
        throttle.signedIn(attempt, email);
        return credentials.orElseThrow().account();
    }

    /** Why this password cannot be the person's, or empty when it can (the sign-up's rules). */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.problem(password, EmailAddresses.normalise(email));
    }

    public Optional<Account> find(UUID id) {
        return accounts.findById(id);
    }

    /**
     * Deletes the account and, through the database's cascades, every record of the person, and forgets
     * the failed sign-ins counted for its email. Wrong passwords are counted like failed sign-ins, on a
     * counter of their own.
     *
     * @param address the client's address, kept with a counted failure
     * @throws ThrottledException     when too many wrong passwords were given lately, before checking this one
     * @throws WrongPasswordException when the password does not match
     */
    public void delete(UUID accountId, String password, String address) {
        var account = accounts.findById(accountId).orElseThrow(BadCredentialsException::new);
        throttle.reserveDeletion(account.email(), address);
        String hash = accounts.findByEmail(account.email()).orElseThrow().passwordHash();
        if (!passwords.matches(password, hash)) {
            throw new WrongPasswordException(); // the attempt stays counted
        }
        transaction.executeWithoutResult(status -> {
            accounts.delete(accountId);
            throttle.forget(account.email()); // failed attempts name the email: they go with the account
        });
    }

    static @Nullable ZoneId zone(@Nullable String timeZone, List<FieldError> errors) {
        if (timeZone == null) {
            return ZoneId.of("UTC");
        }
        try {
            if (!ZoneId.getAvailableZoneIds().contains(timeZone) && !timeZone.equals("UTC")) {
                throw new DateTimeException(timeZone);
            }
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", Messages.t("account.timeZone")));
            return null;
        }
    }
}
