package org.spinewise.api;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Records an offline client may send more than once, each stored once per person and {@link ClientId}. */
public interface ClientIdRecords<R> {

    /** The person's record stored with this client-made id. */
    Optional<R> findByClientId(UUID accountId, UUID clientId);

    /**
     * Stores the record with the id its client made for it (null: none).
     *
     * @throws org.springframework.dao.DuplicateKeyException when the person already has a record with this
     *     {@code clientId} (nothing of this one is stored then)
     */
    void insert(R record, @Nullable UUID clientId);

    /** Stores a record sent without a client id. */
    default void insert(R record) {
        insert(record, null);
    }
}
