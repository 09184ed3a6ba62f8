package org.spinewise.planner;

/** What the person wants from a routine. */
public enum Goal {
    RELIEVE_TENSION,
    CRACK_SAFELY,
    DESK_BREAK
}
