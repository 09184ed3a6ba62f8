package org.spinewise.planner;

import java.util.List;

/**
 * A stretch or crack technique left out of a routine.
 *
 * @param rules  the fired rules behind a safety reason; empty otherwise
 * @param reason the first reason that applies
 */
public record Exclusion(String exerciseId, List<String> rules, LeftOutReason reason) {

    public Exclusion {
        rules = List.copyOf(rules);
    }
}
