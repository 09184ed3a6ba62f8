package org.spinewise.journal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ListDays;
import org.spinewise.api.OwnRecords;
import org.spinewise.api.TimeLimits;
import org.spinewise.system.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** A person's daily check-ins: one per calendar day in their time zone, never for a day still to come. */
@Service
@RequiredArgsConstructor
public class CheckIns implements OwnRecords<LocalDate, CheckIn> {

    /** The field names problems are reported under, as the API and the page both name them. */
    public static final String DAY = "day";

    public static final String PAIN = "pain";
    public static final String STIFFNESS = "stiffness";
    public static final String SITTING_HOURS = "sittingHours";
    public static final String NOTE = "note";

    private final CheckInRepository checkIns;
    private final Clock clock;

    /** The stored check-in, and whether it is new (rather than a replacement). */
    public record Saved(CheckIn checkIn, boolean created) {}

    /**
     * A check-in's values as a form or a request gave them, before they are checked: null where a value was
     * missing or could not be read (a problem its reader has reported already).
     */
    public record Entry(
            @Nullable LocalDate day,
            @Nullable Integer pain,
            @Nullable Integer stiffness,
            @Nullable BigDecimal sittingHours,
            @Nullable String note) {

        /**
         * The check-in, once neither its reader nor {@link CheckIns#problems} found a problem: a reader leaves a
         * value null only with a problem reported, so a null here is a bug.
         */
        public CheckIn checkIn() {
            return new CheckIn(
                    Objects.requireNonNull(day, DAY),
                    Objects.requireNonNull(pain, PAIN),
                    Objects.requireNonNull(stiffness, STIFFNESS),
                    Objects.requireNonNull(sittingHours, SITTING_HOURS),
                    note);
        }
    }

    /** The person's calendar day now. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Why a check-in cannot be stored for this day, or empty when it can. */
    public Optional<String> dayProblem(LocalDate day, ZoneId zone) {
        if (day.isBefore(TimeLimits.EARLIEST_DAY)) {
            return Optional.of(Messages.t("journal.day.early", TimeLimits.EARLIEST_DAY));
        }
        LocalDate today = today(zone);
        if (day.isAfter(today)) {
            return Optional.of(Messages.t("journal.day.future", today, zone.getId()));
        }
        return Optional.empty();
    }

    /** Every problem of the entry's values that were read, by field; empty when it can be stored. */
    public List<FieldError> problems(Entry entry, ZoneId zone) {
        List<FieldError> problems = new ArrayList<>();
        if (entry.day() != null) {
            dayProblem(entry.day(), zone).ifPresent(problem -> problems.add(new FieldError(DAY, problem)));
        }
        score(PAIN, entry.pain(), problems);
        score(STIFFNESS, entry.stiffness(), problems);
        BigDecimal hours = entry.sittingHours();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(CheckIn.MAX_SITTING_HOURS) > 0)) {
            problems.add(new FieldError(SITTING_HOURS, Messages.t("journal.sitting.range", hours.toPlainString())));
        }
        String note = entry.note();
        if (note != null && note.codePointCount(0, note.length()) > CheckIn.MAX_NOTE) {
            problems.add(new FieldError(NOTE, Messages.t("api.field.maxLength", CheckIn.MAX_NOTE)));
        }
        return problems;
    }

    /**
     * Stores the person's check-in for its day, or replaces the one there.
     *
     * @throws InvalidRequestException naming {@code day} when the day is after the person's today; the API
     *     and the page ask {@link #problems} first, so only a direct caller meets it
     */
    public Saved put(UUID accountId, ZoneId zone, CheckIn checkIn) {
        dayProblem(checkIn.day(), zone).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(new FieldError(DAY, problem)));
        });
        // Each statement commits on its own, so a lost race for a new day's insert turns into a replacement.
        for (int attempt = 0; attempt < 3; attempt++) {
            if (checkIns.update(accountId, checkIn)) {
                return new Saved(checkIn, false);
            }
            try {
                checkIns.insert(accountId, checkIn);
                return new Saved(checkIn, true);
            } catch (DuplicateKeyException storedMeanwhile) {
                // another request stored this day first: replace it
            }
        }
        throw new IllegalStateException("the check-in for " + checkIn.day() + " kept changing while it was stored");
    }

    private static void score(String field, @Nullable Integer score, List<FieldError> problems) {
        if (score != null && (score < 0 || score > CheckIn.MAX_SCORE)) {
            problems.add(new FieldError(field, Messages.t("api.field.range", 0, CheckIn.MAX_SCORE, score)));
        }
    }

    @Override
    public Optional<CheckIn> find(UUID accountId, LocalDate day) {
        return checkIns.find(accountId, day);
    }

    /** In day order; bounds inclusive, null for none. */
    public List<CheckIn> list(UUID accountId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return checkIns.list(accountId, from, to);
    }

    /** A check-in is kept by its day, which the time zone does not move. */
    @Override
    public List<CheckIn> onDays(UUID accountId, ListDays days, ZoneId zone) {
        return list(accountId, days.from(), days.to());
    }

    /** How many days from {@code from} to {@code to} (inclusive) the person checked in. */
    public int count(UUID accountId, LocalDate from, LocalDate to) {
        return checkIns.count(accountId, from, to);
    }

    /** @return whether the person had a check-in for that day */
    @Override
    public boolean delete(UUID accountId, LocalDate day) {
        return checkIns.delete(accountId, day);
    }
}
