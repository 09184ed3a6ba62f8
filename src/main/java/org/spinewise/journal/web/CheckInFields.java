package org.spinewise.journal.web;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;
import org.spinewise.journal.CheckIns;
import org.spinewise.system.Messages;

/**
 * Reads a check-in's values from the API's JSON (account-api.md, "Daily check-in"): only their JSON shape,
 * with every problem recorded on its field; their ranges are {@link CheckIns#problems}' to check.
 */
final class CheckInFields {

    static final Set<String> NAMES = Set.of(CheckIns.PAIN, CheckIns.STIFFNESS, CheckIns.SITTING_HOURS, CheckIns.NOTE);

    private CheckInFields() {}

    /** The entry for {@code day}; a value whose shape is wrong reads as null. */
    static CheckIns.Entry read(JsonFields fields, java.time.@Nullable LocalDate day) {
        fields.rejectUnknown(NAMES);
        Integer pain = fields.wholeNumber(CheckIns.PAIN);
        Integer stiffness = fields.wholeNumber(CheckIns.STIFFNESS);
        BigDecimal sittingHours = sittingHours(fields);
        String note = fields.optionalText(CheckIns.NOTE, Integer.MAX_VALUE);
        return new CheckIns.Entry(day, pain, stiffness, sittingHours, note);
    }

    private static @Nullable BigDecimal sittingHours(JsonFields fields) {
        int before = fields.errorCount();
        Double hours = fields.optionalNumber(CheckIns.SITTING_HOURS);
        if (hours == null && fields.errorCount() == before) {
            fields.error(CheckIns.SITTING_HOURS, Messages.t("api.field.required"));
        }
        return hours == null ? null : BigDecimal.valueOf(hours);
    }
}
