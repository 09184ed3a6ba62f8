package org.spinewise.api;

import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A well-formed request that the current state refuses: answered 409, with {@code errors} when the refusal
 * names parts of the request (each error any record with at least {@code field} and {@code message}).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final List<?> errors;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<?> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** Never null: every conflict is made with the message a person or client reads. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    public List<?> errors() {
        return errors;
    }
}
