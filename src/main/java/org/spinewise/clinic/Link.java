package org.spinewise.clinic;

import java.time.Instant;
import java.util.UUID;

/** A person's current link to a clinic: its clinicians see the person's data since then. */
public record Link(UUID id, UUID accountId, Clinic clinic, Instant since) {}
