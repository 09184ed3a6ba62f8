package org.spinewise.clinic;

import java.util.UUID;

/** A signed-in person acting for their clinic, checked against the database on this request. */
public record Clinician(UUID accountId, String email, Clinic clinic) {}
