package org.spinewise.clinic.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.clinic.AccessAction;
import org.spinewise.clinic.AccessLog;
import org.spinewise.clinic.Clinic;
import org.spinewise.clinic.Clinician;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who looked at my data (clinic-api.md): every access logged, in the export, and gone with the account. */
class AccessLogApiTest extends ClinicApiTest {

    AccessLogApiTest() {
        super("Watchful Clinic");
    }

    @Autowired
    private AccessLog accessLog;

    private ApiPerson person;
    private String patientPath;

    @BeforeEach
    void setUp() {
        person = clinics.patientOf(clinician, "UTC");
        patientPath = "/api/v1/clinic/patients/" + clinics.idOf(person);
    }

    @Test
    void everyClinicReadAndChangeIsLoggedNewestFirstWithWhoAndWhere() {
        clinician.get("/api/v1/clinic/patients");
        clinician.get(patientPath);
        String assignment = assignAndEnd();
        String request = person.postJson(
                        "/api/v1/me/contact-requests", "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Hi\"}")
                .json()
                .path("id")
                .asString();
        clinician.get("/api/v1/clinic/contact-requests");
        Clinics.patch(clinician, "/api/v1/clinic/contact-requests/" + request, "{\"status\": \"CLOSED\"}");
        clinician.delete(patientPath);

        JsonNode items = person.get("/api/v1/me/access-log").json().path("items");
        assertThat(lines(items))
                .containsExactly(
                        "UNLINK link/"
                                + person.get("/api/v1/export")
                                        .json()
                                        .path("accessLog")
                                        .get(0)
                                        .path("resource")
                                        .asString()
                                        .substring(5),
                        "UPDATE_CONTACT_REQUEST contact-request/" + request,
                        "READ_CONTACT_REQUEST contact-request/" + request,
                        "END_ASSIGNMENT assignment/" + assignment,
                        "CREATE_ASSIGNMENT assignment/" + assignment,
                        "READ_PATIENT patient",
                        "LIST_PATIENTS patient");
        for (JsonNode entry : items) {
            assertThat(entry.propertyNames()).containsExactlyInAnyOrder("at", "actor", "clinic", "action", "resource");
            assertThat(entry.path("actor").asString()).isEqualTo(clinician.email());
            assertThat(entry.path("clinic").path("id").asString()).isEqualTo(clinicId);
            assertThat(entry.path("clinic").path("name").asString()).isEqualTo("Watchful Clinic");
        }
    }

    @Test
    void thePersonsOwnReadsAndOtherPatientsAreNotLogged() {
        person.get("/api/v1/me/links");
        person.get("/api/v1/me/assignments");
        person.get("/api/v1/export");
        clinician.get(patientPath.replace(clinics.idOf(person), clinics.idOf(ApiPerson.signUp(mvc, "UTC"))));
        assertThat(person.get("/api/v1/me/access-log").json().path("items")).isEmpty();
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheTransactionOfTheReadItRecords() {
        var actor = new Clinician(
                UUID.randomUUID(), "x@example.org", new Clinic(UUID.fromString(clinicId), "Watchful Clinic"));
        assertThatThrownBy(() -> accessLog.append(
                        UUID.fromString(clinics.idOf(person)), actor, AccessAction.READ_PATIENT, "patient"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theExportHoldsLinksAssignmentsRequestsAndTheLog() throws IOException {
        String assignment = assignAndEnd();
        person.postJson(
                "/api/v1/me/contact-requests", "{\"clinicId\": \"" + clinicId + "\", \"message\": \"=HYPERLINK()\"}");

        JsonNode export = person.get("/api/v1/export").json();
        assertThat(export.path("links")).hasSize(1);
        assertThat(export.path("links").get(0).path("clinic").path("id").asString())
                .isEqualTo(clinicId);
        assertThat(export.path("assignments")).hasSize(1);
        assertThat(export.path("assignments").get(0).path("active").asBoolean()).isFalse();
        assertThat(export.path("contactRequests")).hasSize(1);
        assertThat(export.path("accessLog")).hasSize(2);

        byte[] zip = person.performRaw(MockMvcRequestBuilders.get("/api/v1/export?format=csv"))
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        String requests = "";
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                String text = new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                requests = entry.getName().equals("contact-requests.csv") ? text : requests;
            }
        }
        assertThat(names).contains("links.csv", "assignments.csv", "contact-requests.csv", "access-log.csv");
        assertThat(requests)
                .as("no formula in a spreadsheet")
                .contains("'=HYPERLINK()")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void deletingTheAccountTakesThePersonOutOfEveryClinicView() {
        person.postJson("/api/v1/me/contact-requests", "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Hi\"}");
        clinician.get(patientPath);
        String id = clinics.idOf(person);

        assertThat(person.deleteJson("/api/v1/account", "{\"password\": \"" + person.password() + "\"}")
                        .status())
                .isEqualTo(204);

        assertThat(clinician.get("/api/v1/clinic/patients").body()).doesNotContain(person.email());
        assertThat(clinician.get("/api/v1/clinic/contact-requests").json().path("items"))
                .isEmpty();
        assertThat(clinician.get(patientPath).status()).isEqualTo(404);
        for (String table : List.of("access_log", "clinic_link", "contact_request", "clinic_assignment")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?")
                            .param(UUID.fromString(id))
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    /** An assignment the clinician makes and ends again; its id. */
    private String assignAndEnd() {
        String assignment = clinician
                .postJson(
                        patientPath + "/assignments",
                        "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}")
                .json()
                .path("id")
                .asString();
        clinician.delete(patientPath + "/assignments/" + assignment);
        return assignment;
    }

    private static List<String> lines(JsonNode items) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(
                item.path("action").asString() + " " + item.path("resource").asString()));
        return lines;
    }
}
