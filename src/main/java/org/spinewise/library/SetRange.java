package org.spinewise.library;

/** The range of sets the article gives for an item, lowest and highest. */
public record SetRange(int min, int max) {}
