package org.spinewise.library;

/** Where an item is done. {@code ANY} is for therapies that fit every position. */
public enum Position {
    CHAIR,
    FLOOR,
    LYING,
    ANY
}
