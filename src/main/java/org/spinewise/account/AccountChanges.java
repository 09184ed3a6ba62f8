package org.spinewise.account;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.system.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in person changes their password, email or time zone. Password and email ask the current password,
 * whose wrong guesses are counted as those confirming a deletion are; a new password follows the sign-up's
 * rules and voids every reset link of the person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountChanges {

    /** The form and API fields a problem is named by. */
    public static final String CURRENT = "currentPassword";

    public static final String NEW_PASSWORD = "newPassword";
    public static final String EMAIL = "email";
    public static final String TIME_ZONE = "timeZone";

    private final AccountService service;
    private final AccountRepository accounts;
    private final PasswordHashes passwords;
    private final SignInThrottle throttle;
    private final PasswordResetTokens tokens;
    private final TransactionTemplate transaction;

    /**
     * @throws InvalidRequestException naming {@link #NEW_PASSWORD} when the sign-up's rules refuse it
     * @throws AccountService.ThrottledException     after too many wrong passwords, before checking this one
     * @throws AccountService.WrongPasswordException when {@code current} is not the password
     */
    public Account changePassword(UUID accountId, String current, String next, String address) {
        Account account = account(accountId);
        Optional<String> problem = service.passwordProblem(next, account.email());
        if (problem.isPresent()) {
            throw new InvalidRequestException(List.of(new FieldError(NEW_PASSWORD, problem.get())));
        }
        checkPassword(account, current, address);
        String hash = passwords.hash(next);
        transaction.executeWithoutResult(status -> {
            accounts.updatePasswordHash(accountId, hash);
            tokens.voidAll(accountId); // a link sent before must not undo the change
        });
        return account;
    }

    /**
     * @throws InvalidRequestException naming {@link #EMAIL} when it is no email address
     * @throws AccountService.ThrottledException     after too many wrong passwords, before checking this one
     * @throws AccountService.WrongPasswordException when {@code current} is not the password
     * @throws AccountService.EmailTakenException    when another account has this email (case does not matter)
     */
    public Account changeEmail(UUID accountId, String current, String email, String address) {
        Account account = account(accountId);
        Optional<String> characters = EmailAddresses.characterProblem(email);
        if (characters.isPresent() || !EmailAddresses.isWellFormed(email)) {
            throw new InvalidRequestException(
                    List.of(new FieldError(EMAIL, characters.orElseGet(() -> Messages.t("account.email")))));
        }
        checkPassword(account, current, address);
        String normalised = EmailAddresses.normalise(email);
        try {
            accounts.updateEmail(accountId, normalised);
        } catch (DuplicateKeyException taken) {
            throw new AccountService.EmailTakenException();
        }
        return account(accountId);
    }

    /** @throws InvalidRequestException naming {@link #TIME_ZONE} when it is no IANA time zone */
    public Account changeTimeZone(UUID accountId, String timeZone) {
        List<FieldError> problems = new ArrayList<>();
        ZoneId zone = AccountService.zone(timeZone, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError(TIME_ZONE, Messages.t("account.timeZone"))));
        }
        accounts.updateTimeZone(accountId, Objects.requireNonNull(zone, "checked above"));
        return account(accountId);
    }

    private void checkPassword(Account account, String current, String address) {
        SignInThrottle.Attempt attempt = throttle.reservePasswordCheck(account.email(), address);
        String hash = accounts.findByEmail(account.email()).orElseThrow().passwordHash();
        if (!passwords.matches(current, hash)) {
            throw new AccountService.WrongPasswordException(); // the attempt stays counted
        }
        throttle.passed(attempt);
    }

    private Account account(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(CurrentPerson.NotSignedInException::new);
    }
}
