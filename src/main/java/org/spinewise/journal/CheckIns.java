package org.spinewise.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** A person's daily check-ins: one per calendar day in their time zone, never for a day still to come. */
@Service
public class CheckIns {

    /** No check-in is older than this (a typo guard, and within every database's date range). */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);

    private final CheckInRepository checkIns;
    private final Clock clock;

    public CheckIns(CheckInRepository checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** The stored check-in, and whether it is new (rather than a replacement). */
    public record Saved(CheckIn checkIn, boolean created) {}

    /** The person's calendar day now. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Why a check-in cannot be stored for this day, or empty when it can. */
    public Optional<String> dayProblem(LocalDate day, ZoneId zone) {
        if (day.isBefore(EARLIEST_DAY)) {
            return Optional.of("must not be before " + EARLIEST_DAY);
        }
        LocalDate today = today(zone);
        if (day.isAfter(today)) {
            return Optional.of("must not be after your today, " + today + " (" + zone.getId() + ")");
        }
        return Optional.empty();
    }

    /**
     * Stores the person's check-in for its day, or replaces the one there.
     *
     * @throws InvalidRequestException naming {@code day} when the day is after the person's today
     */
    public Saved put(UUID accountId, ZoneId zone, CheckIn checkIn) {
        dayProblem(checkIn.day(), zone).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(new FieldError("day", problem)));
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

    public Optional<CheckIn> find(UUID accountId, LocalDate day) {
        return checkIns.find(accountId, day);
    }

    /** In day order; bounds inclusive, null for none. */
    public List<CheckIn> list(UUID accountId, LocalDate from, LocalDate to) {
        return checkIns.list(accountId, from, to);
    }

    /** @return whether the person had a check-in for that day */
    public boolean delete(UUID accountId, LocalDate day) {
        return checkIns.delete(accountId, day);
    }
}
