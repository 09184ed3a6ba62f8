package org.spinewise.library;

/**
 * A number of minutes as a person says it ("two hours"). The coach's message
 * and the check that the library's texts agree with a limit use the same words.
 */
public final class DurationWords {

    private static final String[] HOURS = {
        "",
        "an hour",
        "two hours",
        "three hours",
        "four hours",
        "five hours",
        "six hours",
        "seven hours",
        "eight hours",
        "nine hours",
        "ten hours",
        "eleven hours",
        "twelve hours"
    };

    private DurationWords() {}

    public static String of(int minutes) {
        if (minutes % 60 == 0 && minutes / 60 >= 1 && minutes / 60 < HOURS.length) {
            return HOURS[minutes / 60];
        }
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
