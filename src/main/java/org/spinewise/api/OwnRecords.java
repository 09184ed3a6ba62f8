package org.spinewise.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's own records of one kind, as their API lists, finds and deletes them (account-api.md): every read
 * is scoped to the person, so another person's record is not found, exactly like a missing one.
 *
 * @param <K> what names one record in its address: its id, or a check-in's day
 * @param <R> the record
 */
public interface OwnRecords<K, R> {

    /** The person's records on {@code days}, read in the person's time zone {@code zone}, in the kind's order. */
    List<R> onDays(UUID accountId, ListDays days, ZoneId zone);

    /** The person's record named {@code key}; empty when it is missing or not theirs. */
    Optional<R> find(UUID accountId, K key);

    /** @return whether the person had the record named {@code key}, now deleted */
    boolean delete(UUID accountId, K key);
}
