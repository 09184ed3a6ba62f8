package org.spinewise.library;

/** The spine's main movement in an item; screening restrictions avoid some of them. */
public enum Movement {
    FLEXION,
    EXTENSION,
    ROTATION,
    NEUTRAL
}
