package org.spinewise.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.system.Messages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A way back in after a forgotten password: a single-use link that expires
 * ({@code spinewise.password-reset.lifetime}), asked for by email or issued by an administrator. A reset
 * voids every other link of the person; ending their sessions is the caller's (the web layer holds them).
 */
@Service
@EnableConfigurationProperties(PasswordResetSettings.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PasswordResets {

    private final AccountService service;
    private final AccountRepository accounts;
    private final PasswordResetTokens tokens;
    private final SignInThrottle throttle;
    private final PasswordHashes passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PasswordResetSettings settings;

    /** A link's token for an account, to send or show once; never stored as it is. */
    public record Issued(Account account, String token) {}

    /** The link is unknown, used or expired: one answer for all three. */
    public static class LinkNotValidException extends RuntimeException {
        public LinkNotValidException() {
            super(Messages.t("reset.invalid"));
        }
    }

    public Duration lifetime() {
        return settings.lifetime();
    }

    /**
     * A person asks for a link by email. Counted before the account is looked up, found or not.
     *
     * @return the link to send, or empty when no account has this email (the caller answers alike)
     * @throws AccountService.ThrottledException when this email or address asked too often lately
     */
    public Optional<Issued> request(String email, String address) {
        if (EmailAddresses.characterProblem(email).isPresent()
                || EmailAddresses.key(email).length() > EmailAddresses.MAX_LENGTH) {
            return Optional.empty(); // no account has such an address
        }
        throttle.reserveReset(email, address);
        return issueFor(email);
    }

    /** An administrator issues a link for the account with this email; empty when there is none. */
    public Optional<Issued> issueFor(String email) {
        if (EmailAddresses.characterProblem(email).isPresent()) {
            return Optional.empty();
        }
        return accounts.findByEmail(email)
                .map(AccountRepository.Credentials::account)
                .map(account -> new Issued(
                        account, tokens.issue(account.id(), clock.instant().plus(lifetime()))));
    }

    /** The account whose link this is, while it works. */
    public Optional<Account> accountFor(String token) {
        return tokens.owner(token).flatMap(accounts::findById);
    }

    /** Why this new password cannot be the link's account's, or empty when it can; unknown link: empty. */
    public Optional<String> passwordProblem(String token, String password) {
        return accountFor(token).flatMap(account -> service.passwordProblem(password, account.email()));
    }

    /**
     * Sets the new password and uses the link up, voiding every other link of the person, in one transaction.
     *
     * @return the account, whose sessions the caller ends
     * @throws LinkNotValidException when the link is unknown, used or expired (also when used at this moment)
     */
    public Account reset(String token, String password) {
        Account account = accountFor(token).orElseThrow(LinkNotValidException::new);
        if (service.passwordProblem(password, account.email()).isPresent()) {
            throw new IllegalArgumentException("ask passwordProblem first");
        }
        String hash = passwords.hash(password);
        UUID id = account.id();
        transaction.executeWithoutResult(status -> {
            if (!tokens.consume(token, id)) {
                throw new LinkNotValidException(); // another request used it first
            }
            accounts.updatePasswordHash(id, hash);
            tokens.voidAll(id);
        });
        throttle.clearSignIns(account.email()); // whoever guessed before, the person can now sign in at once
        return account;
    }
}
