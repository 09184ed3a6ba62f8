package org.spinewise.journal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.journal.CheckIns;

/**
 * The check-in form as submitted ({@code POST /me/checkin}), every field as typed: the page reads the
 * numbers itself, so that a value it cannot read is shown again as it was entered, next to its message.
 * A field the browser left out reads as empty.
 */
record CheckInForm(String day, String pain, String stiffness, String sittingHours, String note) {

    CheckInForm {
        day = orEmpty(day);
        pain = orEmpty(pain);
        stiffness = orEmpty(stiffness);
        sittingHours = orEmpty(sittingHours);
        note = orEmpty(note);
    }

    /** The note with the browser's line ends ({@code \r\n}) as the API stores them ({@code \n}). */
    String cleanNote() {
        return note.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The values to show in the form again, by field name. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CheckIns.PAIN, pain);
        values.put(CheckIns.STIFFNESS, stiffness);
        values.put(CheckIns.SITTING_HOURS, sittingHours);
        values.put(CheckIns.NOTE, note);
        return values;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
