package org.spinewise.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's cracking log; each crack is logged with the advice the log as it then stands calls for. */
@Service
public class Cracks {

    /** "Not in the future" allows this much difference between the client's clock and ours. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No crack is older than this (a typo guard, and within every database's range). */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final CrackRepository cracks;
    private final CrackAdvisor advisor;
    private final Clock clock;
    private final List<String> techniques;

    public Cracks(CrackRepository cracks, CrackAdvisor advisor, Library library, Clock clock) {
        this.cracks = cracks;
        this.advisor = advisor;
        this.clock = clock;
        List<String> ids = new ArrayList<>(library.exercises().stream()
                .filter(exercise -> exercise.category() == Category.CRACK)
                .map(Exercise::id)
                .toList());
        ids.add(Crack.OTHER);
        this.techniques = List.copyOf(ids);
    }

    /** A crack just logged, with its advice in the contract's order. */
    public record Logged(Crack crack, List<Advice> advice) {}

    /** The library's CRACK exercise ids, then {@code other}. */
    public List<String> techniques() {
        return techniques;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Why a crack cannot have happened at {@code at}, or empty when it can. */
    public Optional<String> timeProblem(Instant at) {
        Instant latest = now().plus(CLOCK_SKEW);
        if (at.isAfter(latest)) {
            return Optional.of(
                    "must not be in the future (now is " + now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            + ", and clocks may differ by " + CLOCK_SKEW.toMinutes() + " minutes)");
        }
        if (at.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        return Optional.empty();
    }

    /**
     * Logs a crack and advises on it from the person's log including it.
     *
     * @param at null for now
     * @throws InvalidRequestException naming {@code at} or {@code technique}
     */
    @Transactional
    public Logged log(UUID accountId, ZoneId zone, Instant at, String technique, boolean forced, boolean painful) {
        List<FieldError> errors = new ArrayList<>();
        if (at != null) {
            timeProblem(at).ifPresent(problem -> errors.add(new FieldError("at", problem)));
        }
        if (!techniques.contains(technique)) {
            errors.add(new FieldError("technique", "must be one of " + techniques));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var crack = new Crack(UUID.randomUUID(), at == null ? now() : at, technique, forced, painful);
        cracks.insert(accountId, crack);

        LocalDate day = LocalDate.ofInstant(crack.at(), zone);
        int thatDay = cracks.count(
                accountId,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        List<Boolean> latest = new ArrayList<>();
        latest.add(crack.painful());
        cracks.latestUpTo(
                        accountId, crack.at(), crack.id(), advisor.guardrails().painfulWindow() - 1)
                .forEach(earlier -> latest.add(earlier.painful()));
        return new Logged(crack, advisor.advise(crack, day, thatDay, latest));
    }

    /** The person's crack with this id; an id that is not theirs, or no id at all, finds nothing. */
    public Optional<Crack> find(UUID accountId, String id) {
        return uuid(id).flatMap(uuid -> cracks.find(accountId, uuid));
    }

    /** By time; the days (in the person's time zone) are inclusive, null for no bound. */
    public List<Crack> list(UUID accountId, ZoneId zone, LocalDate from, LocalDate to) {
        return cracks.list(
                accountId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** @return whether the person had that crack */
    public boolean delete(UUID accountId, String id) {
        return uuid(id).map(uuid -> cracks.delete(accountId, uuid)).orElse(false);
    }

    private static Optional<UUID> uuid(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
