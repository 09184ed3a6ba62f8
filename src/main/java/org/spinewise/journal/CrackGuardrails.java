package org.spinewise.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds behind a crack's advice, bound from {@code spinewise.cracks.*}. The record checks itself,
 * so a bad setting stops the start naming it, and no other code can make guardrails that make no sense.
 *
 * @param dailyLimit        more cracks than this on one day earns {@code DAILY_LIMIT}
 * @param painfulWindow     how many of the latest cracks {@code PERSISTENT_PAIN} looks at
 * @param painfulThreshold  how many of those must have been painful
 */
@ConfigurationProperties("spinewise.cracks")
public record CrackGuardrails(
        @DefaultValue("3") int dailyLimit,
        @DefaultValue("5") int painfulWindow,
        @DefaultValue("3") int painfulThreshold) {

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
