package org.spinewise.export.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.ScreeningRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The kept screenings and routines in the CSV export, flattened for a spreadsheet: one row per screening or
 * routine with a column per figure (lists as space-separated ids), and their many parts in long files beside
 * them: {@code screening-answers.csv} (one row per question answered) and {@code routine-steps.csv} (one row per
 * step of a routine, in order). The JSON export keeps them whole.
 */
final class PlanSheets {

    private PlanSheets() {}

    static void write(
            ZipOutputStream zip,
            CsvExport.Sheet sheet,
            ObjectMapper json,
            List<ScreeningRecord> screenings,
            List<RoutinePlanRecord> routines)
            throws IOException {
        List<Parsed<ScreeningRecord>> kept = screenings.stream()
                .map(record -> new Parsed<>(record, json.readTree(record.request()), json.readTree(record.result())))
                .toList();
        sheet.write(
                zip,
                "screenings.csv",
                new String[] {
                    "id",
                    "at",
                    "rulesVersion",
                    "age",
                    "painLevel",
                    "onsetHours",
                    "conditions",
                    "disposition",
                    "firedRules",
                    "crackingAllowed",
                    "selfGuidedExercise",
                    "avoidMovements",
                    "avoidPositions",
                    "therapy"
                },
                cells -> {
                    for (Parsed<ScreeningRecord> s : kept) {
                        JsonNode restrictions = s.second().path("restrictions");
                        cells.printRecord(
                                s.record().id(),
                                s.record().at(),
                                s.record().rulesVersion(),
                                text(s.first().path("age")),
                                text(s.first().path("painLevel")),
                                text(s.first().path("onsetHours")),
                                ids(s.first().path("conditions"), null),
                                text(s.second().path("disposition")),
                                ids(s.second().path("firedRules"), "id"),
                                text(restrictions.path("crackingAllowed")),
                                text(restrictions.path("selfGuidedExercise")),
                                ids(restrictions.path("avoidMovements"), null),
                                ids(restrictions.path("avoidPositions"), null),
                                text(s.second().path("therapy").path("recommended")));
                    }
                });
        sheet.write(zip, "screening-answers.csv", new String[] {"screeningId", "question", "answer"}, cells -> {
            for (Parsed<ScreeningRecord> s : kept) {
                for (Map.Entry<String, JsonNode> answer :
                        s.first().path("answers").properties()) {
                    cells.printRecord(s.record().id(), answer.getKey(), text(answer.getValue()));
                }
            }
        });
        List<Parsed<RoutinePlanRecord>> planned = routines.stream()
                .map(record -> new Parsed<>(record, json.readTree(record.request()), json.readTree(record.plan())))
                .toList();
        sheet.write(
                zip,
                "routines.csv",
                new String[] {
                    "id",
                    "at",
                    "positions",
                    "minutes",
                    "goal",
                    "disposition",
                    "rulesVersion",
                    "totalSeconds",
                    "steps",
                    "excluded",
                    "leftOut"
                },
                cells -> {
                    for (Parsed<RoutinePlanRecord> r : planned) {
                        cells.printRecord(
                                r.record().id(),
                                r.record().at(),
                                ids(r.first().path("positions"), null),
                                text(r.first().path("minutes")),
                                text(r.first().path("goal")),
                                text(r.second().path("disposition")),
                                text(r.second().path("rulesVersion")),
                                text(r.second().path("totalSeconds")),
                                ids(r.second().path("items"), "exerciseId"),
                                ids(r.second().path("excluded"), "exerciseId"),
                                ids(r.second().path("leftOut"), "exerciseId"));
                    }
                });
        String[] dose = {"sides", "reps", "sets", "holdSeconds", "restSeconds", "seconds"};
        List<String> header = new ArrayList<>(List.of("routineId", "step", "exerciseId", "category", "position"));
        header.addAll(List.of(dose));
        sheet.write(zip, "routine-steps.csv", header.toArray(String[]::new), cells -> {
            for (Parsed<RoutinePlanRecord> r : planned) {
                int step = 0;
                for (JsonNode item : r.second().path("items")) {
                    List<Object> row = new ArrayList<>(List.of(
                            r.record().id(),
                            ++step,
                            text(item.path("exerciseId")),
                            text(item.path("category")),
                            text(item.path("position"))));
                    for (String field : dose) {
                        row.add(text(item.path(field)));
                    }
                    cells.printRecord(row.toArray());
                }
            }
        });
    }

    /** A kept record with its two JSON texts read. */
    private record Parsed<T>(T record, JsonNode first, JsonNode second) {}

    /** A scalar as written (a number, {@code true}), or empty when absent or null. */
    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : "";
    }

    /** A list's values, or each object's {@code field}, space-separated. */
    private static String ids(JsonNode list, @org.jspecify.annotations.Nullable String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode element : list) {
            ids.add(text(field == null ? element : element.path(field)));
        }
        return String.join(" ", ids);
    }
}
