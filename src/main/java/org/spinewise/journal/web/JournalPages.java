package org.spinewise.journal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.spinewise.system.Messages;

/** What the check-in and cracking-log pages share: how far back they list, and how they write a day. */
final class JournalPages {

    /** How many days of check-ins and cracks the pages list, today included. */
    static final int RECENT_DAYS = 14;

    private JournalPages() {}

    /** A day as the lists write it ({@code Wed 25 Nov}), in the reader's language. */
    static String shortDay(TemporalAccessor day) {
        return format("checkin.date.short", day);
    }

    /** A day in full ({@code Wednesday 25 November 2026}), in the reader's language. */
    static String longDay(TemporalAccessor day) {
        return format("checkin.date.long", day);
    }

    /** English days as British English writes them (September is "Sept"), as these pages always have. */
    private static String format(String patternKey, TemporalAccessor day) {
        Locale locale = Messages.SPANISH.equals(Messages.locale()) ? Messages.SPANISH : Locale.UK;
        return DateTimeFormatter.ofPattern(Messages.t(patternKey), locale).format(day);
    }

    /** The first day the pages list, counting back from {@code today}. */
    static LocalDate recentFrom(LocalDate today) {
        return today.minusDays(RECENT_DAYS - 1L);
    }
}
