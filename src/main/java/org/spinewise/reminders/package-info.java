/**
 * Movement breaks (reminders-api.md): a person's break {@link org.spinewise.reminders.Schedule} and its
 * instants in their time zone, the iCalendar feed at a secret address, Web Push (RFC 8030, VAPID per RFC 8292,
 * {@code aes128gcm} per RFC 8291, on the JDK's own crypto) to subscriptions on allowed push services, and the
 * persistent db-scheduler job that sends each break once across app nodes. Its {@code web} package serves
 * {@code /api/v1/me/reminders}, {@code /api/v1/me/push-subscriptions}, the feed, the settings page and the desk
 * routine. Every row goes with the account ({@code ON DELETE CASCADE}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "account",
            "api",
            "history",
            "library",
            "planner",
            "screening",
            "screening :: json",
            "site",
            "system"
        })
@NullMarked
package org.spinewise.reminders;

import org.jspecify.annotations.NullMarked;
