package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.FormErrors;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.planner.AssignedItem;
import org.spinewise.system.Messages;
import org.springframework.validation.BindingResult;

/**
 * The patient page's form to assign a routine, every field as typed: the ticked {@code items} (library ids)
 * and, per id, optional {@code reps[id]}, {@code sets[id]} and {@code hold[id]}. The checks are the API's
 * (clinic-api.md, "Assigned routines"), in words for the page.
 */
record AssignForm(
        @Nullable String title,
        @Nullable String note,
        @Nullable List<String> items,
        @Nullable Map<String, String> reps,
        @Nullable Map<String, String> sets,
        @Nullable Map<String, String> hold) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

    List<String> chosen() {
        return items == null ? List.of() : items.stream().distinct().toList();
    }

    String cleanTitle() {
        return title == null ? "" : title.strip();
    }

    String cleanNote() {
        return note == null ? "" : note.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The request for the safety core, or null with each problem named in {@code result}. */
    Assignments.@Nullable NewAssignment read(Assignments assignments, BindingResult result) {
        String cleanTitle = cleanTitle();
        if (cleanTitle.isEmpty()) {
            FormErrors.reject(result, "title", Messages.t("clinic.assign.error.title"));
        } else if (length(cleanTitle) > Assignment.MAX_TITLE) {
            FormErrors.reject(result, "title", Messages.t("clinic.assign.error.titleLength", Assignment.MAX_TITLE));
        }
        if (length(cleanNote()) > Assignment.MAX_NOTE) {
            FormErrors.reject(result, "note", Messages.t("clinic.assign.error.noteLength", Assignment.MAX_NOTE));
        }
        List<String> chosen = chosen();
        if (chosen.isEmpty() || chosen.size() > Assignment.MAX_ITEMS) {
            FormErrors.reject(result, "items", Messages.t("clinic.assign.error.count", Assignment.MAX_ITEMS));
        }
        List<Assignments.RequestedItem> requested = new ArrayList<>();
        for (String id : chosen) {
            if (!assignments.isAssignable(id)) {
                FormErrors.reject(result, "items", Messages.t("clinic.assign.error.unknown"));
                continue;
            }
            requested.add(new Assignments.RequestedItem(
                    id,
                    dose(reps, "reps", id, AssignedItem.MAX_REPS, result),
                    dose(sets, "sets", id, AssignedItem.MAX_SETS, result),
                    dose(hold, "hold", id, AssignedItem.MAX_HOLD_SECONDS, result)));
        }
        return result.hasErrors() ? null : new Assignments.NewAssignment(cleanTitle, requested, cleanNote());
    }

    /** The typed values by field name, to show the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title == null ? "" : title);
        values.put("note", note == null ? "" : note);
        copy(reps, "reps", values);
        copy(sets, "sets", values);
        copy(hold, "hold", values);
        return values;
    }

    static String field(String dose, String exerciseId) {
        return dose + "[" + exerciseId + "]";
    }

    private static @Nullable Integer dose(
            @Nullable Map<String, String> typed, String dose, String id, int max, BindingResult result) {
        String text = typed == null ? null : typed.get(id);
        if (text == null || text.isBlank()) {
            return null; // the library's dose
        }
        String value = text.strip();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        }
        FormErrors.reject(result, field(dose, id), Messages.t("clinic.assign.error.dose", max));
        return null;
    }

    private static void copy(@Nullable Map<String, String> typed, String dose, Map<String, String> values) {
        if (typed != null) {
            typed.forEach((id, text) -> values.put(field(dose, id), text));
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
