package org.spinewise.reminders.web;

import org.spinewise.library.Exercise;

/** One chair exercise of the desk routine, as its page lists it. */
public record DeskStep(Exercise exercise, int seconds) {}
