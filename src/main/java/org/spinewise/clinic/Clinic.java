package org.spinewise.clinic;

import java.util.UUID;

/** A clinic that runs Spinewise for its patients. */
public record Clinic(UUID id, String name) {

    public static final int MAX_NAME = 200;
}
