package org.spinewise.progress;

/**
 * Guidance that comes with a person's progress.
 *
 * @param code   {@link #STIFFNESS_NOT_IMPROVING}
 * @param source the article section it rests on, in words
 */
public record ProgressAdvice(String code, String message, String source) {

    public static final String STIFFNESS_NOT_IMPROVING = "STIFFNESS_NOT_IMPROVING";
}
