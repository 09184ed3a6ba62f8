package org.spinewise.export.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.PersonRecords;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/export as JSON and as a zip of CSV files: all of the person's records, nobody else's. */
class ExportApiTest extends ApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Test
    void needsAnAccount() {
        assertProblem(get("/api/v1/export"), 401);
        assertProblem(get("/api/v1/export?format=csv"), 401);
    }

    @Test
    void anUnknownFormatIsNamed() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertBadRequest(person.get("/api/v1/export?format=xml"), Set.of("format"));
        assertBadRequest(person.get("/api/v1/export?format="), Set.of("format"));
        assertOkJson(person.get("/api/v1/export?format=json"));
    }

    @Test
    void jsonHoldsEveryRecordOfThePerson() {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        PersonRecords records = new PersonRecords(person, ZONE);
        records.everyKind();

        JsonNode export = assertOkJson(person.get("/api/v1/export"));
        assertThat(export.path("account").path("email").asString()).isEqualTo(person.email());
        assertThat(export.path("account").path("timeZone").asString()).isEqualTo(ZONE.getId());
        assertThat(texts(export.path("account").path("roles"))).containsExactly("PATIENT");
        assertThat(export.path("checkins")).hasSize(2);
        assertThat(export.path("checkins").get(0).path("day").asString())
                .isEqualTo(records.today().minusDays(1).toString());
        assertThat(export.path("checkins").get(0).path("note").asString()).contains("\"quite\" tight;\nbetter");
        assertThat(export.path("cracks")).hasSize(2);
        assertThat(export.path("routineRuns")).hasSize(2);
        assertThat(export.path("screenings")).hasSize(1);
        assertThat(export.path("therapySessions")).hasSize(1);
        assertThat(export.path("screenings")
                        .get(0)
                        .path("result")
                        .path("disposition")
                        .asString())
                .isEqualTo("SELF_CARE");
        assertThat(export.path("screenings").get(0).path("request").path("age").asInt())
                .isEqualTo(40);
        List<String> ids = new ArrayList<>();
        for (String kind : List.of("cracks", "routineRuns", "screenings", "therapySessions")) {
            export.path(kind).forEach(record -> ids.add(record.path("id").asString()));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(records.ids());
        JsonNode run = export.path("routineRuns").get(0);
        assertThat(texts(run.path("completed"))).isNotEmpty();
        assertThat(run.has("stop")).isTrue();
    }

    @Test
    void csvIsAZipWithOneFilePerKindOfRecord() throws IOException {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        PersonRecords records = new PersonRecords(person, ZONE);
        records.everyKind();
        records.checkIn(records.today().minusDays(3), 1, 1, "=HYPERLINK(\"http://evil.example\")");

        MockHttpServletResponse response = raw(person, "/api/v1/export?format=csv");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType())
                        .equalsTypeAndSubtype(MediaType.parseMediaType("application/zip")))
                .as(response.getContentType())
                .isTrue();
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".zip");

        Map<String, List<CSVRecord>> files = unzip(response.getContentAsByteArray());
        assertThat(files)
                .containsOnlyKeys(
                        "account.csv",
                        "checkins.csv",
                        "cracks.csv",
                        "routine-runs.csv",
                        "screenings.csv",
                        "screening-answers.csv",
                        "therapy-sessions.csv",
                        "routines.csv",
                        "routine-steps.csv",
                        "links.csv",
                        "assignments.csv",
                        "contact-requests.csv",
                        "access-log.csv",
                        "reminders.csv");
        assertThat(files.get("account.csv"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("email")).isEqualTo(person.email()));
        List<CSVRecord> checkIns = files.get("checkins.csv");
        assertThat(checkIns).hasSize(3);
        assertThat(checkIns.get(1).get("note"))
                .isEqualTo("Stiff after a long drive, \"quite\" tight;\nbetter by evening");
        assertThat(checkIns.get(0).get("note"))
                .as("a formula is not run by a spreadsheet")
                .startsWith("'=HYPERLINK");
        assertThat(checkIns.get(0).get("sittingHours")).isEqualTo("6.50");
        List<String> ids = new ArrayList<>();
        for (String file : List.of("cracks.csv", "routine-runs.csv", "screenings.csv", "therapy-sessions.csv")) {
            files.get(file).forEach(row -> ids.add(row.get("id")));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(records.ids());
        assertThat(files.get("routine-runs.csv"))
                .extracting(row -> row.get("stopReason"))
                .contains("UNCOMFORTABLE", "");
        assertThat(files.get("screenings.csv").get(0).get("disposition")).isEqualTo("SELF_CARE");
    }

    @Test
    void anEmailThatStartsLikeAFormulaIsNotRunBySpreadsheetsEither() throws IOException {
        String email = "=HYPERLINK(\"//evil.example\")" + UUID.randomUUID() + "@example.org";
        ApiPerson person = ApiPerson.from(mvc, "10.9.0.1");
        assertThat(person.signUp(email, "spine-" + UUID.randomUUID(), ZONE.getId())
                        .status())
                .isEqualTo(201);
        new PersonRecords(person, ZONE).checkIn(LocalDate.now(ZONE), 1, 1, "\n=1+1");

        Map<String, List<CSVRecord>> files =
                unzip(raw(person, "/api/v1/export?format=csv").getContentAsByteArray());

        assertThat(files.get("account.csv").get(0).get("email")).isEqualTo("'" + email);
        assertThat(files.get("checkins.csv").get(0).get("note"))
                .as("a line feed before the formula")
                .isEqualTo("'\n=1+1");
    }

    @Test
    void anotherPersonsExportHoldsNothingOfTheFirst() throws IOException {
        ApiPerson a = ApiPerson.signUp(mvc, ZONE.getId());
        PersonRecords aRecords = new PersonRecords(a, ZONE);
        aRecords.everyKind();
        String aId =
                assertOkJson(a.get("/api/v1/export")).path("account").path("id").asString();

        ApiPerson b = ApiPerson.signUp(mvc, ZONE.getId());
        new PersonRecords(b, ZONE).everyKind();
        String json = assertOkJson(b.get("/api/v1/export")).toString();
        String csv = String.join(
                "\n",
                unzip(raw(b, "/api/v1/export?format=csv").getContentAsByteArray()).values().stream()
                        .flatMap(List::stream)
                        .map(CSVRecord::toString)
                        .toList());
        for (String export : List.of(json, csv)) {
            assertThat(export).contains(b.email()).doesNotContain(a.email()).doesNotContain(aId);
            for (String id : aRecords.ids()) {
                assertThat(export).doesNotContain(id);
            }
        }
        // And B cannot reach A's records one by one either.
        for (String id : aRecords.ids()) {
            for (String kind : List.of("cracks", "routine-runs", "screening-history")) {
                assertThat(b.get("/api/v1/" + kind + "/" + id).status()).isEqualTo(404);
            }
        }
    }

    private static MockHttpServletResponse raw(ApiPerson person, String path) {
        return person.performRaw(MockMvcRequestBuilders.get(path));
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] bytes) throws IOException {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).startsWith("\uFEFF");
                text = text.substring(1);
                files.put(
                        entry.getName(),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(new StringReader(text))
                                .getRecords());
            }
        }
        return files;
    }
}
