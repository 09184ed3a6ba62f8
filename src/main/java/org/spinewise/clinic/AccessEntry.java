package org.spinewise.clinic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a person's access log.
 *
 * @param actor    the email of who read or changed the data
 * @param clinic   the actor's clinic, or null when the actor acted for none
 * @param resource a short path such as {@code patient} or {@code assignment/{id}}
 */
public record AccessEntry(
        Instant at, String actor, @Nullable Clinic clinic, AccessAction action, String resource) {}
