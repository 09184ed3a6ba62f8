package org.spinewise.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.DayRange;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ListDays;
import org.spinewise.api.OwnRecords;
import org.spinewise.api.TimeLimits;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's cracking log; each crack is logged with the advice the log as it then stands calls for. */
@Service
public class Cracks implements OwnRecords<UUID, Crack> {

    /** The field names problems are reported under, as the API and the page both name them. */
    public static final String AT = "at";

    public static final String TECHNIQUE = "technique";

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

    /** How many cracks a day the guardrails allow before they advise stretching instead. */
    public int dailyLimit() {
        return advisor.guardrails().dailyLimit();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Why a crack cannot have happened at {@code at}, or empty when it can. */
    public Optional<String> timeProblem(Instant at) {
        Instant latest = now().plus(TimeLimits.CLOCK_SKEW);
        if (at.isAfter(latest)) {
            return Optional.of(Messages.t(
                    "journal.crack.future",
                    now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    TimeLimits.CLOCK_SKEW.toMinutes()));
        }
        if (at.isBefore(TimeLimits.EARLIEST_INSTANT)) {
            return Optional.of(Messages.t("journal.day.early", TimeLimits.EARLIEST_INSTANT));
        }
        return Optional.empty();
    }

    /**
     * Every problem of a crack's time and technique, by field; empty when it can be logged.
     *
     * @param at        null for now, or for a time that could not be read (a problem reported already)
     * @param technique null when it could not be read
     */
    public List<FieldError> problems(@Nullable Instant at, @Nullable String technique) {
        List<FieldError> problems = new ArrayList<>();
        if (at != null) {
            timeProblem(at).ifPresent(problem -> problems.add(new FieldError(AT, problem)));
        }
        if (technique != null && !techniques.contains(technique)) {
            problems.add(new FieldError(TECHNIQUE, Messages.t("api.field.oneOfOnly", techniques)));
        }
        return problems;
    }

    /**
     * Logs a crack and advises on it from the person's log including it.
     *
     * @param at null for now
     * @throws InvalidRequestException naming {@code at} or {@code technique} when {@link #problems} finds
     *     any; the API and the page ask it first, so only a direct caller meets it
     */
    @Transactional
    public Logged log(
            UUID accountId, ZoneId zone, @Nullable Instant at, String technique, boolean forced, boolean painful) {
        List<FieldError> problems = problems(at, technique);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
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

    /**
     * Whether the person's latest cracks, whatever their age, hold enough painful ones for the
     * {@code PERSISTENT_PAIN} advice (by default 3 of the 5 latest): the clinic's flag of the same name.
     */
    public boolean persistentPain(UUID accountId) {
        CrackGuardrails guardrails = advisor.guardrails();
        long painful = cracks.latest(accountId, guardrails.painfulWindow()).stream()
                .filter(Crack::painful)
                .count();
        return painful >= guardrails.painfulThreshold();
    }

    /**
     * The advice the person's latest crack earns when it was logged today (in their time zone), as logging it
     * answered, with today's count as it now stands; none when their latest crack was on an earlier day. It
     * reads the latest few cracks and counts today's.
     */
    public List<Advice> adviceToday(UUID accountId, ZoneId zone) {
        List<Crack> latest = cracks.latest(accountId, advisor.guardrails().painfulWindow());
        LocalDate today = LocalDate.ofInstant(now(), zone);
        if (latest.isEmpty() || !LocalDate.ofInstant(latest.get(0).at(), zone).equals(today)) {
            return List.of();
        }
        int todays = cracks.count(
                accountId,
                today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        return advisor.advise(
                latest.get(0),
                today,
                todays,
                latest.stream().map(Crack::painful).toList());
    }

    /** The person's crack with this id; an id that is not theirs finds nothing. */
    @Override
    public Optional<Crack> find(UUID accountId, UUID id) {
        return cracks.find(accountId, id);
    }

    /** By time; the days (in the person's time zone) are inclusive, null for no bound. */
    public List<Crack> list(UUID accountId, ZoneId zone, @Nullable LocalDate from, @Nullable LocalDate to) {
        return onDays(accountId, new ListDays(from, to), zone);
    }

    @Override
    public List<Crack> onDays(UUID accountId, ListDays days, ZoneId zone) {
        DayRange range = days.in(zone);
        return cracks.list(accountId, range.start(), range.end());
    }

    /** @return whether the person had that crack */
    @Override
    public boolean delete(UUID accountId, UUID id) {
        return cracks.delete(accountId, id);
    }
}
