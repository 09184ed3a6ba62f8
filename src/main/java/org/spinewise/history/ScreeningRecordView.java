package org.spinewise.history;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A kept screening as {@code GET /api/v1/screening-history} answers it: the stored result as it was
 * answered, with the record's {@code id} and {@code at} in front. The clinic's patient page shows the
 * same shape (clinic-api.md).
 */
public final class ScreeningRecordView {

    private ScreeningRecordView() {}

    public static ObjectNode of(ScreeningRecord record, ObjectMapper json) {
        ObjectNode view = json.createObjectNode();
        view.put("id", record.id().toString());
        view.put("at", record.at().toString());
        view.setAll((ObjectNode) json.readTree(record.result()));
        return view;
    }
}
