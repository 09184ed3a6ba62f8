package org.spinewise.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A page form's problems, as the templates show them: one message next to each field. Messages are added
 * by field name rather than through {@code rejectValue}, which would read the value back from the form
 * record through bean getters that records do not have.
 */
public final class FormErrors {

    private FormErrors() {}

    /** Adds {@code message} for {@code field} unless the field already has one (the first problem is shown). */
    public static void reject(BindingResult result, String field, String message) {
        if (!result.hasFieldErrors(field)) {
            result.addError(new FieldError(result.getObjectName(), field, message));
        }
    }

    /** The first message of each field with a problem, in the order they were found. */
    public static Map<String, String> byField(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        return errors;
    }
}
