package org.spinewise.site;

import java.time.Duration;

import org.spinewise.system.Messages;

/**
 * The limits the privacy page states, as configured ({@code spinewise.session.*}, {@code spinewise.sign-in.window}),
 * so that the page says what the server does in either language.
 *
 * @param idleTimeout      a session unused this long is over
 * @param absoluteLifetime a session this old is over however much it is used
 * @param signInWindow     how long a failed sign-in is kept and counted
 */
public record PrivacyLimits(Duration idleTimeout, Duration absoluteLifetime, Duration signInWindow) {

    public String idle() {
        return spoken(idleTimeout);
    }

    public String lifetime() {
        return spoken(absoluteLifetime);
    }

    public String failedSignIns() {
        return spoken(signInWindow);
    }

    /** Whole hours as hours ("12 hours"), anything else as minutes, rounded up so no limit reads shorter. */
    static String spoken(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? Messages.t("privacy.hours.one") : Messages.t("privacy.hours.many", hours);
        }
        return minutes == 1 ? Messages.t("privacy.minutes.one") : Messages.t("privacy.minutes.many", minutes);
    }
}
