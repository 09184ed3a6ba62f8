package org.spinewise.clinic.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.planner.AssignedItem;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Component;

/** Reads an assignment's body strictly, every problem at once (400), before the safety core sees it. */
@Component
@RequiredArgsConstructor
class AssignmentReader {

    private static final Set<String> FIELDS = Set.of("title", "items", "note");
    private static final Set<String> ITEM_FIELDS = Set.of("exerciseId", "reps", "sets", "holdSeconds");

    private final Assignments assignments;

    /** An empty JSON object, or no body at all. */
    void emptyObject(InputStream body) {
        byte[] bytes = JsonBody.read(body);
        if (bytes.length > 0) {
            JsonFields fields = JsonBody.parseObject(bytes);
            fields.rejectUnknown(Set.of());
            fields.throwIfInvalid();
        }
    }

    Assignments.NewAssignment read(InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(FIELDS);
        String title = ClinicFields.requiredText(fields, "title", Assignment.MAX_TITLE);
        String note = ClinicFields.optionalText(fields, "note", Assignment.MAX_NOTE);
        List<JsonFields> elements = fields.objects(Assignments.ITEMS, 1, Assignment.MAX_ITEMS);
        List<Assignments.RequestedItem> items = new ArrayList<>();
        if (elements != null) {
            elements.forEach(element -> items.add(item(element)));
        }
        fields.throwIfInvalid();
        return new Assignments.NewAssignment(Objects.requireNonNull(title), items, note == null ? "" : note);
    }

    private Assignments.RequestedItem item(JsonFields item) {
        item.rejectUnknown(ITEM_FIELDS);
        String id = item.text("exerciseId", 100);
        if (id != null && !assignments.isAssignable(id)) {
            item.error("exerciseId", Messages.t("clinic.api.exerciseId"));
        }
        @Nullable Integer reps = item.optionalInteger("reps", 1, AssignedItem.MAX_REPS);
        @Nullable Integer sets = item.optionalInteger("sets", 1, AssignedItem.MAX_SETS);
        @Nullable Integer hold = item.optionalInteger("holdSeconds", 1, AssignedItem.MAX_HOLD_SECONDS);
        return new Assignments.RequestedItem(id == null ? "" : id, reps, sets, hold);
    }
}
