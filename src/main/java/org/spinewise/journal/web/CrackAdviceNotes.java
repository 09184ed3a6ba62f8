package org.spinewise.journal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.spinewise.journal.Advice;
import org.spinewise.journal.Cracks;
import org.spinewise.journal.web.JournalViews.AdviceNote;
import org.spinewise.system.Messages;

/**
 * The advice a logged crack earns, as the cracking-log page shows it: the most serious first (a phone shows the
 * top of the panel, so "see a professional" must not sit below the daily limit), the day written as the reader's
 * language writes days in their time zone, and the daily limit's stretches only in the links under it, not also
 * in its words. The API keeps the contract's order and words.
 */
final class CrackAdviceNotes {

    /** Most serious first: pain that keeps coming, then a forced crack, then cracking too often. */
    static final List<String> MOST_SERIOUS_FIRST = List.of(Advice.PERSISTENT_PAIN, Advice.FORCED, Advice.DAILY_LIMIT);

    private CrackAdviceNotes() {}

    static List<AdviceNote> of(Cracks.Logged logged, Cracks cracks, UUID accountId, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(logged.crack().at(), zone);
        return logged.advice().stream()
                .sorted(Comparator.comparingInt(advice -> MOST_SERIOUS_FIRST.indexOf(advice.code())))
                .map(advice -> Advice.DAILY_LIMIT.equals(advice.code())
                        ? new AdviceNote(
                                advice.code(),
                                Messages.t(
                                        "cracks.page.DAILY_LIMIT",
                                        cracks.list(accountId, zone, day, day).size(),
                                        JournalPages.longDay(day),
                                        cracks.dailyLimit()),
                                advice.source())
                        : AdviceNote.of(advice))
                .toList();
    }
}
