package org.spinewise.api;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * How a person's record resource answers for one record, written once: a missing record and another person's
 * (the repositories never find those) are both 404, so nobody learns that someone else's id exists.
 */
public final class Found {

    private Found() {}

    /**
     * The id a path names: only a UUID in its canonical form ({@link PathId}); anything else names nothing, so it
     * is the same 404 as an unknown id, naming the {@code kind} and the {@code text} as sent.
     */
    public static UUID id(@Nullable String text, String kind) {
        return PathIdResolver.parse(text).orElseThrow(() -> new ResourceNotFoundException(kind, String.valueOf(text)));
    }

    /** The record, or a 404 naming the {@code kind} and {@code id} asked for. */
    public static <T> T orNotFound(Optional<T> record, String kind, Object id) {
        return record.orElseThrow(() -> new ResourceNotFoundException(kind, String.valueOf(id)));
    }

    /** 204 when the person had the record just deleted, else a 404 naming the {@code kind} and {@code id}. */
    public static ResponseEntity<Void> deleted(boolean existed, String kind, Object id) {
        if (!existed) {
            throw new ResourceNotFoundException(kind, String.valueOf(id));
        }
        return ResponseEntity.noContent().build();
    }
}
