package org.spinewise.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The break job, bound from {@code spinewise.reminders.*}. The record checks itself.
 *
 * @param scheduler     whether this node runs the break job (tests that drive it by hand switch it off)
 * @param checkEvery    how often the job looks for breaks due: the most a break is sent late
 * @param pollingEvery  how often db-scheduler looks for due work in its table
 * @param firstRetry    the wait before a push service's 429 or 5xx is tried again; it doubles each time
 */
@ConfigurationProperties("spinewise.reminders")
public record ReminderSettings(
        @DefaultValue("true") boolean scheduler,
        @DefaultValue("20s") Duration checkEvery,
        @DefaultValue("10s") Duration pollingEvery,
        @DefaultValue("30s") Duration firstRetry) {

    public ReminderSettings {
        for (Duration duration : new Duration[] {checkEvery, pollingEvery, firstRetry}) {
            if (duration.isNegative() || duration.toMillis() < 100) {
                throw new IllegalArgumentException(
                        "spinewise.reminders.check-every, polling-every and first-retry must be 100ms or more, had "
                                + duration);
            }
        }
    }
}
