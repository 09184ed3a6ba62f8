package org.spinewise.journal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the check-in and cracking-log pages share: how far back they list, and how they write a day. */
final class JournalPages {

    /** How many days of check-ins and cracks the pages list, today included. */
    static final int RECENT_DAYS = 14;

    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private JournalPages() {}

    /** The first day the pages list, counting back from {@code today}. */
    static LocalDate recentFrom(LocalDate today) {
        return today.minusDays(RECENT_DAYS - 1L);
    }
}
