package org.spinewise.clinic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person's "contact us" request to a clinic, with their latest screening as it stood when they sent it.
 *
 * @param email     the person's email, for the clinic to answer
 * @param screening null when the person had kept no screening
 * @param reply     the clinic's answer, or null before it gives one
 */
public record ContactRequest(
        UUID id,
        UUID accountId,
        String email,
        Clinic clinic,
        ContactStatus status,
        String message,
        @Nullable String preferredContact,
        @Nullable SentScreening screening,
        Instant createdAt,
        @Nullable String reply) {

    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_PREFERRED_CONTACT = 200;
    public static final int MAX_REPLY = 2000;

    /** The screening a request carried: what the clinic sees of it. */
    public record SentScreening(UUID id, Instant at, String disposition, List<String> firedRules) {

        public SentScreening {
            firedRules = List.copyOf(firedRules);
        }
    }
}
