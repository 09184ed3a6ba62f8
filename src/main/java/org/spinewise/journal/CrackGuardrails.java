package org.spinewise.journal;

/**
 * The thresholds behind a crack's advice ({@code spinewise.cracks.*}).
 *
 * @param dailyLimit        more cracks than this on one day earns {@code DAILY_LIMIT}
 * @param painfulWindow     how many of the latest cracks {@code PERSISTENT_PAIN} looks at
 * @param painfulThreshold  how many of those must have been painful
 */
public record CrackGuardrails(int dailyLimit, int painfulWindow, int painfulThreshold) {

    public static final CrackGuardrails DEFAULTS = new CrackGuardrails(3, 5, 3);

    public CrackGuardrails {
        if (dailyLimit < 0) {
            throw new IllegalArgumentException("spinewise.cracks.daily-limit must be 0 or more, was " + dailyLimit);
        }
        if (painfulWindow < 1) {
            throw new IllegalArgumentException(
                    "spinewise.cracks.painful-window must be 1 or more, was " + painfulWindow);
        }
        if (painfulThreshold < 1 || painfulThreshold > painfulWindow) {
            throw new IllegalArgumentException(
                    "spinewise.cracks.painful-threshold must be from 1 to the painful window (" + painfulWindow
                            + "), was " + painfulThreshold);
        }
    }
}
