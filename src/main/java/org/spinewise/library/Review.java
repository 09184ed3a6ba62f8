package org.spinewise.library;

import java.time.LocalDate;

/**
 * Who last reviewed a content file, when, and against what, so a page can
 * say how current its advice is.
 *
 * @param against the guidelines it was checked against, or null when not named
 */
public record Review(String by, LocalDate on, String against) {}
