package org.spinewise.export.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.PersonRecords;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.RoutinePlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export as a spreadsheet program reads it: every file starts with a UTF-8 byte-order mark, times are
 * the person's wall-clock times with their offset, and kept screenings and routines are columns and long-format
 * rows, never JSON in a cell.
 */
class CsvSpreadsheetTest extends ApiTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    @Autowired
    RoutinePlanRepository routines;

    @Test
    void everyFileStartsWithAByteOrderMarkAndTimesCarryThePersonsOffset() throws IOException {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        PersonRecords records = new PersonRecords(person, ZONE);
        String crackId = records.crack(false);
        records.checkIn(records.today(), 2, 3, "Mañana: rigidez, 背中");
        Instant crackAt = Instant.parse(
                assertOkJson(person.get("/api/v1/cracks/" + crackId)).path("at").asString());

        Map<String, String> files = unzip(export(person));

        assertThat(files).allSatisfy((name, text) -> assertThat(text).as(name).startsWith("\uFEFF"));
        assertThat(rows(files.get("checkins.csv")).get(0).get("note")).isEqualTo("Mañana: rigidez, 背中");
        String at = rows(files.get("cracks.csv")).get(0).get("at");
        assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+0[12]:00");
        assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(crackAt);
        assertThat(OffsetDateTime.parse(at).getOffset())
                .isEqualTo(ZONE.getRules().getOffset(crackAt));
        assertThat(rows(files.get("account.csv")).get(0).get("createdAt")).matches(".*T.*\\+0[12]:00");
    }

    @Test
    void screeningsAndRoutinesAreColumnsAndLongRowsNotJson() throws IOException {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        String screeningId = new PersonRecords(person, ZONE).screening();
        JsonNode account = assertOkJson(person.get("/api/v1/export")).path("account");
        UUID routineId = UUID.randomUUID();
        routines.insert(new RoutinePlanRecord(
                routineId,
                UUID.fromString(account.path("id").asString()),
                Instant.parse("2026-12-05T17:20:00Z"),
                "{\"screening\": {}, \"positions\": [\"CHAIR\", \"LYING\"], \"minutes\": 10, \"goal\": \"RELIEVE_TENSION\"}",
                "{\"disposition\": \"SELF_CARE\", \"rulesVersion\": \"2026.12.05-3\", \"totalSeconds\": 130,"
                        + " \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"category\": \"STRETCH\", \"position\": \"LYING\","
                        + " \"sides\": 1, \"reps\": 1, \"sets\": 7, \"holdSeconds\": 5, \"restSeconds\": 5, \"seconds\": 70},"
                        + " {\"exerciseId\": \"seated-trunk-rotation\", \"category\": \"STRETCH\", \"position\": \"CHAIR\","
                        + " \"sides\": 2, \"reps\": 1, \"sets\": 2, \"holdSeconds\": 15, \"restSeconds\": 5, \"seconds\": 60}],"
                        + " \"excluded\": [{\"exerciseId\": \"seated-chair-extension\", \"rules\": [\"R-CRACK-PAIN\"]}],"
                        + " \"leftOut\": [{\"exerciseId\": \"knee-to-chest\", \"reason\": \"TIME\"}]}"));

        Map<String, String> files = unzip(export(person));

        assertThat(String.join("", files.values())).doesNotContain("{\"");
        CSVRecord screening = rows(files.get("screenings.csv")).get(0);
        assertThat(screening.get("id")).isEqualTo(screeningId);
        assertThat(screening.get("disposition")).isEqualTo("SELF_CARE");
        assertThat(screening.get("age")).isEqualTo("40"); // the age of ApiRequests.screening()
        assertThat(screening.get("crackingAllowed")).isIn("true", "false");
        List<CSVRecord> answers = rows(files.get("screening-answers.csv"));
        assertThat(answers).hasSize(25).allSatisfy(row -> {
            assertThat(row.get("screeningId")).isEqualTo(screeningId);
            assertThat(row.get("answer")).isIn("true", "false");
        });
        assertThat(answers)
                .extracting(row -> row.get("question"))
                .contains("fever")
                .doesNotHaveDuplicates();

        CSVRecord routine = rows(files.get("routines.csv")).get(0);
        assertThat(routine.get("at")).isEqualTo("2026-12-05T18:20:00+01:00");
        assertThat(routine.get("positions")).isEqualTo("CHAIR LYING");
        assertThat(routine.get("steps")).isEqualTo("pelvic-tilt seated-trunk-rotation");
        assertThat(routine.get("excluded")).isEqualTo("seated-chair-extension");
        assertThat(routine.get("leftOut")).isEqualTo("knee-to-chest");
        List<CSVRecord> steps = rows(files.get("routine-steps.csv"));
        assertThat(steps)
                .extracting(row -> row.get("step") + " " + row.get("exerciseId") + " " + row.get("sets"))
                .containsExactly("1 pelvic-tilt 7", "2 seated-trunk-rotation 2");
        assertThat(steps).allSatisfy(row -> assertThat(row.get("routineId")).isEqualTo(routineId.toString()));
    }

    private static byte[] export(ApiPerson person) {
        return person.performRaw(MockMvcRequestBuilders.get("/api/v1/export?format=csv"))
                .getContentAsByteArray();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> rows(String text) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1))) // after the byte-order mark
                .getRecords();
    }
}
