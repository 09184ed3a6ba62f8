package org.spinewise.api;

import java.util.List;

import org.spinewise.system.Messages;

/** A client mistake in a request body: answered 400 with every offending field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(
                errors.size() == 1
                        ? Messages.t("problem.invalid.one")
                        : Messages.t("problem.invalid.many", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
