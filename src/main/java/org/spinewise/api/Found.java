package org.spinewise.api;

import java.util.Optional;

import org.springframework.http.ResponseEntity;

/**
 * How a person's record resource answers for one record, written once: a missing record and another person's
 * (the repositories never find those) are both 404, so nobody learns that someone else's id exists.
 */
public final class Found {

    private Found() {}

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
