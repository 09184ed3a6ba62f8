package org.spinewise.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.spinewise.account.AccountService.ThrottledException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after too many failed sign-ins for one email or from one client address
 * within the window, further attempts are refused until the oldest counted failure leaves the window.
 * Confirming an account's deletion with its password has a counter of its own, so a thief holding a session
 * cannot guess without limit and the person can still sign in.
 *
 * <p>An attempt is counted before its password is checked ({@link #reserveSignIn}): one transaction locks
 * the guard row of every key it counts against, counts, and inserts the attempt, so concurrent attempts on
 * any app node are checked strictly one after the other and never more than the limit pass. A successful
 * attempt is taken back afterwards.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
public class SignInThrottle {

    // Which guard rows exist (sign_in_guard.kind): an email's, an address's, and an email's for deletions.
    private static final String EMAIL = "EMAIL";
    private static final String ADDRESS = "ADDRESS";
    private static final String DELETION = "DELETION";
    private static final Counter SIGN_INS = new Counter(
            "SIGN_IN", "account.problem.throttled.signIns", EMAIL, "email_key = ? AND NOT email_cleared", true);
    private static final Counter DELETIONS =
            new Counter(DELETION, "account.problem.throttled.deletions", DELETION, "email_key = ?", false);
    private static final Counter RESETS =
            new Counter("RESET", "account.problem.throttled.resets", EMAIL, "email_key = ?", true);
    // A lock wait can time out (H2 gives up after a second) when attempts of several nodes queue on one key.
    private static final int TRIES = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int perEmail;
    private final int perAddress;
    private final SignInGuards guards;
    /**
     * Attempts on one node queue here for their keys (striped), holding no database connection, rather than
     * in the database, where every waiter would hold one of the pool's few connections and a burst on one
     * email would starve everyone else. The guard rows still order attempts across nodes.
     */
    private final ReentrantLock[] queues = new ReentrantLock[64];

    /** An attempt counted as a failure unless {@link #signedIn} takes it back. */
    public record Attempt(long id) {}

    /**
     * What one kind of attempt counts against: its failures' {@code sign_in_failure.purpose}, the message key a
     * refused person is told, the guard and condition of the email's limit, and whether the address has one too.
     */
    private record Counter(
            String purpose, String refused, String emailGuard, String emailCondition, boolean byAddress) {}

    public SignInThrottle(
            JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, SignInSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Its own transaction: a counted failure must stay counted when the caller's work rolls back.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perEmail = settings.maxFailuresPerEmail();
        this.perAddress = settings.maxFailuresPerAddress();
        this.guards = new SignInGuards(jdbc, settings.window());
        Arrays.setAll(queues, i -> new ReentrantLock());
    }

    /** @throws ThrottledException when this email or address must wait, before any password is checked */
    public Attempt reserveSignIn(String email, String address) {
        return reserve(SIGN_INS, email, address);
    }

    /** @throws ThrottledException when too many wrong passwords confirmed this account's deletion lately */
    public Attempt reserveDeletion(String email, String address) {
        return reserve(DELETIONS, email, address);
    }

    /**
     * A wrong password given while signed in (to change the password or the email) counts on the deletion's
     * counter: the same thief with a session, guessing the same password.
     *
     * @throws ThrottledException when too many wrong passwords were given lately
     */
    public Attempt reservePasswordCheck(String email, String address) {
        return reserveDeletion(email, address);
    }

    /**
     * Every request for a reset link counts, found account or not (so the answer tells nothing), against the
     * email's and the address's limits of sign-in, on a counter of its own: a flood of reset emails to one
     * person, or from one address, stops the way password guessing does.
     *
     * @throws ThrottledException when this email or address asked too often lately
     */
    public Attempt reserveReset(String email, String address) {
        return reserve(RESETS, email, address);
    }

    /** The attempt was a successful sign-in: it and its email's count go; the address still counts failures. */
    public void signedIn(Attempt attempt, String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE id = ?").param(attempt.id()).update();
        clearSignIns(email);
    }

    /** The email's failed sign-ins no longer count (the address's still do), as after a successful sign-in. */
    public void clearSignIns(String email) {
        jdbc.sql("UPDATE sign_in_failure SET email_cleared = TRUE"
                        + " WHERE email_key = ? AND purpose = ? AND NOT email_cleared")
                .params(storable(EmailAddresses.key(email)), SIGN_INS.purpose())
                .update();
    }

    /** The password given was right: the attempt is not a failure. */
    public void passed(Attempt attempt) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE id = ?").param(attempt.id()).update();
    }

    /** Removes every failure and guard that names this email, as deleting its account must. */
    public void forget(String email) {
        String key = storable(EmailAddresses.key(email));
        jdbc.sql("DELETE FROM sign_in_failure WHERE email_key = ?").param(key).update();
        jdbc.sql("DELETE FROM sign_in_guard WHERE guard_key = ? AND kind <> ?")
                .params(key, ADDRESS)
                .update();
    }

    private Attempt reserve(Counter counter, String email, String address) {
        String key = storable(EmailAddresses.key(email));
        var byEmail = new SignInGuards.Limit(counter.emailGuard(), counter.emailCondition(), key, perEmail);
        List<SignInGuards.Limit> limits = counter.byAddress()
                ? List.of(byEmail, new SignInGuards.Limit(ADDRESS, "address = ?", address, perAddress))
                : List.of(byEmail);
        Instant now = clock.instant();
        int[] stripes = limits.stream()
                .mapToInt(limit -> Math.floorMod(Objects.hash(limit.kind(), limit.key()), queues.length))
                .distinct()
                .sorted() // always taken in one order: no deadlock between two attempts
                .toArray();
        for (int stripe : stripes) {
            queues[stripe].lock();
        }
        Attempt attempt;
        try {
            attempt = reserveInTransaction(counter, key, address, limits, now);
        } finally {
            for (int stripe : stripes) {
                queues[stripe].unlock();
            }
        }
        guards.cleanUp(now);
        return attempt;
    }

    private Attempt reserveInTransaction(
            Counter counter, String key, String address, List<SignInGuards.Limit> limits, Instant now) {
        for (int tried = 1; ; tried++) {
            try {
                return Objects.requireNonNull(
                        ownTransaction.execute(status -> reserveLocked(counter, key, address, limits, now)));
            } catch (PessimisticLockingFailureException | SignInGuards.GuardGone contended) {
                if (tried == TRIES) {
                    throw contended;
                }
            }
        }
    }

    private Attempt reserveLocked(
            Counter counter, String key, String address, List<SignInGuards.Limit> limits, Instant now) {
        for (SignInGuards.Limit limit : limits) { // always in the same order (email, then address): no deadlock
            guards.lock(limit, now);
        }
        Optional<Duration> wait = Optional.empty();
        for (SignInGuards.Limit limit : limits) {
            Optional<Duration> byLimit = guards.waitFor(counter.purpose(), limit, now);
            if (byLimit.isPresent() && (wait.isEmpty() || byLimit.get().compareTo(wait.get()) > 0)) {
                wait = byLimit;
            }
        }
        if (wait.isPresent()) {
            throw new ThrottledException(counter.refused(), wait.get()); // rolls back: a refused attempt is not counted
        }
        return new Attempt(guards.count(counter.purpose(), key, address, now));
    }

    /** Keys longer than any account's (a too long address) still count, under their first 254 characters. */
    private static String storable(String key) {
        if (key.length() <= EmailAddresses.MAX_LENGTH) {
            return key;
        }
        int end = EmailAddresses.MAX_LENGTH;
        return key.substring(0, Character.isHighSurrogate(key.charAt(end - 1)) ? end - 1 : end);
    }
}
