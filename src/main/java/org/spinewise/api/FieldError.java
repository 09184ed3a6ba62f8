package org.spinewise.api;

/**
 * One offending part of a request.
 *
 * @param field dotted path from the request's root, such as {@code screening.answers.fever}
 */
public record FieldError(String field, String message) {}
