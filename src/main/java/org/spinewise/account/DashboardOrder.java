package org.spinewise.account;

/**
 * Where each {@link DashboardSections} bean's sections stand on the person's page ({@code @Order}), in one
 * place: a caution first, then what to do today, what was done lately, and the advice that applies now;
 * the clinic's sections (no order) come after these.
 */
public final class DashboardOrder {

    public static final int CAUTION = -30;
    public static final int TODAY = -20;
    public static final int LAST_ROUTINE = -10;
    public static final int WEEK = 0;
    public static final int ADVICE = 10;

    private DashboardOrder() {}
}
