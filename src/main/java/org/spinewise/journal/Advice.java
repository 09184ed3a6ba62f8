package org.spinewise.journal;

/**
 * Guidance returned with a logged crack.
 *
 * @param code    {@code DAILY_LIMIT}, {@code FORCED} or {@code PERSISTENT_PAIN}
 * @param source  the article section it rests on, in words
 */
public record Advice(String code, String message, String source) {

    public static final String DAILY_LIMIT = "DAILY_LIMIT";
    public static final String FORCED = "FORCED";
    public static final String PERSISTENT_PAIN = "PERSISTENT_PAIN";
}
