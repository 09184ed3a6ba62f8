package org.spinewise.history;

import org.spinewise.screening.RuleBook;
import tools.jackson.databind.JsonNode;
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

    /**
     * The kept screening with each fired rule's message in the reader's language: the record keeps the
     * rule ids, and a rule the book still has is said in the book's words (a rule since retired keeps the
     * words it was answered with).
     */
    public static ObjectNode of(ScreeningRecord record, ObjectMapper json, RuleBook shownIn) {
        ObjectNode view = of(record, json);
        for (JsonNode fired : view.path("firedRules")) {
            if (fired instanceof ObjectNode rule && rule.path("id").isString()) {
                shownIn.rule(rule.path("id").asString()).ifPresent(known -> rule.put("message", known.message()));
            }
        }
        return view;
    }
}
