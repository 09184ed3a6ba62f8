package org.spinewise.library;

/** What kind of library item this is; plans hold stretches and crack techniques only. */
public enum Category {
    STRETCH,
    CRACK,
    THERAPY
}
