package org.spinewise.journal.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.journal.Advice;
import org.spinewise.library.Exercise;

/** What the journal pages ({@code journal/*.jte}) show; public for the precompiled templates. */
public final class JournalViews {

    private JournalViews() {}

    /** What the check-in page shows: the form for {@code day} (as entered) and the recent check-ins. */
    public record CheckInPage(
            LocalDate day,
            String dayLabel,
            boolean today,
            LocalDate todayDate,
            ZoneId zone,
            boolean existing,
            boolean saved,
            Map<String, String> values,
            Map<String, String> errors,
            List<CheckInRow> recent) {}

    public record CheckInRow(
            LocalDate day,
            String dayLabel,
            int pain,
            int stiffness,
            String sittingHours,
            @Nullable String note) {}

    /** Advice as the page keeps it across the redirect after logging (in the session, so serializable). */
    public record AdviceNote(String code, String message, String source) implements Serializable {
        static AdviceNote of(Advice advice) {
            return new AdviceNote(advice.code(), advice.message(), advice.source());
        }
    }

    public record Technique(String id, String name) {}

    public record CrackRow(String id, String when, String technique, boolean forced, boolean painful) {}

    public record CracksPage(
            List<Technique> techniques,
            List<Exercise> stretches,
            ZoneId zone,
            String maxAt,
            Map<String, String> values,
            Map<String, String> errors,
            List<AdviceNote> advice,
            @Nullable String logged,
            @Nullable String removed,
            List<CrackRow> recent) {}
}
