package org.spinewise.reminders;

import java.util.UUID;

/**
 * A browser's push subscription of one person.
 *
 * @param origin   the site address the person subscribed on, for the payload's link
 * @param language the language of the page that subscribed ({@code en} or {@code es}), which the breaks speak
 */
public record PushSubscription(
        UUID id, UUID accountId, String endpoint, String p256dh, String auth, String origin, String language) {}
