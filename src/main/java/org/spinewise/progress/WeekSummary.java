package org.spinewise.progress;

import org.spinewise.session.RunTotals;

/**
 * What a person did in the last {@value Week#DAYS} days: their routines with the pain they rated before and
 * after, and their check-ins.
 */
public record WeekSummary(Week week, RunTotals runs, int checkIns) {}
