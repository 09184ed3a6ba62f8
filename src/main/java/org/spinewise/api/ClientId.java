package org.spinewise.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The optional {@code clientId} of a record an offline client may send more than once (pocket.md,
 * "Offline"): a UUID the client made, so that a repeat of the same record is recognised and stored once.
 */
public final class ClientId {

    public static final String FIELD = "clientId";

    private ClientId() {}

    /**
     * The request's {@code clientId}: null when absent or JSON null, or when it is not a UUID in its canonical
     * form (then with the error recorded on {@value #FIELD}).
     */
    public static @Nullable UUID read(JsonFields fields) {
        JsonNode node = fields.node(FIELD);
        if (node == null || node.isNull()) {
            return null;
        }
        UUID id = node.isString() ? PathIdResolver.parse(node.stringValue()).orElse(null) : null;
        if (id == null) {
            fields.error(
                    FIELD,
                    "must be a UUID such as 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f, was " + JsonFields.shown(node));
        }
        return id;
    }

    /**
     * Stores a person's new record at most once per {@code clientId}: 201 with the new record, or 200 with the
     * one this person already stored under that id, whatever this request's body says. When two copies arrive
     * at once the database's unique constraint refuses the second, which then answers the first's record.
     *
     * @param stored  the person's record stored under a client id, if any
     * @param valid   the request's record, or an {@link InvalidRequestException} naming every bad field
     * @param insert  stores it with the client id (null: none), throwing {@link DuplicateKeyException} on a repeat
     */
    public static <T, V> ResponseEntity<V> storeOnce(
            @Nullable UUID clientId,
            Function<UUID, Optional<T>> stored,
            Supplier<T> valid,
            Consumer<T> insert,
            Function<T, V> view,
            Function<T, URI> location) {
        if (clientId != null) {
            Optional<T> before = stored.apply(clientId);
            if (before.isPresent()) {
                return ResponseEntity.ok(view.apply(before.get()));
            }
        }
        T record = valid.get();
        try {
            insert.accept(record);
        } catch (DuplicateKeyException repeat) {
            if (clientId == null) {
                throw repeat;
            }
            // the other copy's transaction committed first: this one stored nothing
            return ResponseEntity.ok(view.apply(stored.apply(clientId).orElseThrow(() -> repeat)));
        }
        return ResponseEntity.created(location.apply(record)).body(view.apply(record));
    }
}
