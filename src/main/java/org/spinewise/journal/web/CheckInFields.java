package org.spinewise.journal.web;

import java.math.BigDecimal;
import java.util.Set;

import org.spinewise.api.JsonFields;
import org.spinewise.journal.CheckIn;

/**
 * Reads a check-in's values (account-api.md, "Daily check-in") with every problem recorded on its field:
 * the one reading the API ({@code PUT /api/v1/checkins/{day}}) and the check-in page share.
 */
final class CheckInFields {

    static final String PAIN = "pain";
    static final String STIFFNESS = "stiffness";
    static final String SITTING_HOURS = "sittingHours";
    static final String NOTE = "note";
    static final Set<String> NAMES = Set.of(PAIN, STIFFNESS, SITTING_HOURS, NOTE);

    /** The values read; a field with a problem reads as null. */
    record Values(Integer pain, Integer stiffness, BigDecimal sittingHours, String note) {}

    private CheckInFields() {}

    static Values read(JsonFields fields) {
        fields.rejectUnknown(NAMES);
        Integer pain = fields.integer(PAIN, 0, CheckIn.MAX_SCORE);
        Integer stiffness = fields.integer(STIFFNESS, 0, CheckIn.MAX_SCORE);
        BigDecimal sittingHours = sittingHours(fields);
        String note = note(fields);
        return new Values(pain, stiffness, sittingHours, note);
    }

    /** A required decimal from 0 to 24, kept to hundredths. */
    private static BigDecimal sittingHours(JsonFields fields) {
        int before = fields.errorCount();
        Double hours = fields.optionalNumber(SITTING_HOURS, 0);
        if (fields.errorCount() > before) {
            return null;
        }
        if (hours == null) {
            fields.error(SITTING_HOURS, "is required");
            return null;
        }
        if (hours > CheckIn.MAX_SITTING_HOURS.doubleValue()) {
            fields.error(SITTING_HOURS, "must be from 0 to 24 hours, was " + hours);
            return null;
        }
        return BigDecimal.valueOf(hours);
    }

    /** An optional text of at most 2000 characters (code points, so an emoji counts once). */
    private static String note(JsonFields fields) {
        int before = fields.errorCount();
        String note = fields.optionalText(NOTE, Integer.MAX_VALUE);
        if (note != null && fields.errorCount() == before && note.codePointCount(0, note.length()) > CheckIn.MAX_NOTE) {
            fields.error(NOTE, "must be at most " + CheckIn.MAX_NOTE + " characters");
            return null;
        }
        return note;
    }
}
