package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assigned routines, re-checked by the safety core (clinic-api.md, "Assigned routines"). */
class ClinicAssignmentApiTest extends ClinicApiTest {

    ClinicAssignmentApiTest() {
        super("Routine Clinic");
    }

    private static final String GENTLE =
            "{\"title\": \"Morning routine\", \"items\": [{\"exerciseId\": \"pelvic-tilt\","
                    + " \"reps\": 2, \"sets\": 3, \"holdSeconds\": 10}, {\"exerciseId\": \"seated-trunk-rotation\"}],"
                    + " \"note\": \"Slowly, within comfort.\"}";

    private ApiPerson person;
    private String path;

    @BeforeEach
    void setUp() {
        person = clinics.patientOf(clinician, "UTC");
        path = "/api/v1/clinic/patients/" + clinics.idOf(person) + "/assignments";
    }

    @Test
    void aSafeRoutineIsStoredWithTheLibrarysDosesWhereNoneWasGiven() {
        Clinics.screen(person, body -> {});
        ApiTest.Answer answer = clinician.postJson(path, GENTLE);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode created = answer.json();
        assertThat(created.propertyNames())
                .containsExactlyInAnyOrder("id", "title", "items", "note", "createdAt", "clinic", "active");
        assertThat(created.path("active").asBoolean()).isTrue();
        assertThat(created.path("clinic").path("name").asString()).isEqualTo("Routine Clinic");
        assertThat(created.path("items").get(0).toString())
                .isEqualTo("{\"exerciseId\":\"pelvic-tilt\",\"reps\":2,\"sets\":3,\"holdSeconds\":10}");
        assertThat(created.path("items").get(1).toString())
                .as("the dose table of screening-api.md")
                .isEqualTo("{\"exerciseId\":\"seated-trunk-rotation\",\"reps\":1,\"sets\":2,\"holdSeconds\":15}");

        JsonNode mine = person.get("/api/v1/me/assignments").json().path("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).isEqualTo(created);
    }

    @Test
    void aPatientWithoutAScreeningMayBeAssignedARoutine() {
        assertThat(clinician.postJson(path, GENTLE).status()).isEqualTo(201);
    }

    @Test
    void itemsTheScreeningExcludesAreRefusedEachWithItsRulesAndNothingIsStored() {
        Clinics.screen(person, body -> body.withObject("answers").put("pregnant", true));
        String body = "{\"title\": \"Mixed\", \"items\": [{\"exerciseId\": \"seated-trunk-rotation\"},"
                + " {\"exerciseId\": \"knee-to-chest\"}, {\"exerciseId\": \"seated-chair-extension\"}]}";
        int logged = log().size();

        ApiTest.Answer answer = clinician.postJson(path, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.mediaType().isCompatibleWith(PROBLEM_JSON)).isTrue();
        JsonNode errors = answer.json().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("items[1].exerciseId");
        assertThat(errors.get(0).path("rules").toString()).contains("R-PREGNANCY");
        assertThat(errors.get(1).path("field").asString()).isEqualTo("items[2].exerciseId");
        assertThat(errors.get(1).path("rules").toString()).contains("R-PREGNANCY");
        assertThat(person.get("/api/v1/me/assignments").json().path("items")).isEmpty();
        assertThat(log()).as("a refused assignment logs nothing").hasSize(logged);
    }

    @Test
    void aCrackIsRefusedWhereTheScreeningDoesNotAllowCracking() {
        Clinics.screen(person, body -> body.put("painLevel", 6));
        ApiTest.Answer answer = clinician.postJson(
                path, "{\"title\": \"Crack\", \"items\": [{\"exerciseId\": \"lying-spinal-twist\"}]}");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("errors").get(0).path("rules").toString()).contains("R-CRACK-PAIN");
    }

    @Test
    void anUrgentScreeningRefusesTheWholeRoutineNamingTheRulesThatSetIt() {
        Clinics.screen(person, body -> body.withObject("answers").put("fever", true));
        ApiTest.Answer answer = clinician.postJson(path, GENTLE);
        assertThat(answer.status()).isEqualTo(409);
        JsonNode errors = answer.json().path("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("items");
        assertThat(errors.get(0).path("rules").toString()).isEqualTo("[\"R-INFECTION-FEVER\"]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}",
                "{\"title\": \"T\", \"items\": []}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"heat-therapy\"}]}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"no-such-stretch\"}]}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"reps\": 31}]}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"sets\": 0}]}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"holdSeconds\": 61}]}",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\", \"weight\": 3}]}",
                "{\"title\": \"T\", \"items\": [\"pelvic-tilt\"]}",
                "{\"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}",
                "not json"
            })
    void badShapesAndRangesAre400(String body) {
        Clinics.screen(person, b -> b.withObject("answers").put("fever", true));
        ApiTest.Answer answer = clinician.postJson(path, body);
        assertThat(answer.status())
                .as("400 comes before the 409 of the urgent screening: %s", answer.body())
                .isEqualTo(400);
        assertThat(answer.json().path("errors")).isNotEmpty();
    }

    @Test
    void thirteenItemsAreTooManyAndTwelveAreFine() {
        String item = "{\"exerciseId\": \"pelvic-tilt\"}";
        String twelve = String.join(",", java.util.Collections.nCopies(12, item));
        assertThat(clinician
                        .postJson(path, "{\"title\": \"T\", \"items\": [" + twelve + "]}")
                        .status())
                .isEqualTo(201);
        assertThat(clinician
                        .postJson(path, "{\"title\": \"T\", \"items\": [" + twelve + "," + item + "]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anUnlinkedPatientIs404BeforeTheBodyIsRead() {
        ApiPerson stranger = ApiPerson.signUp(mvc, "UTC");
        String strangerPath = "/api/v1/clinic/patients/" + clinics.idOf(stranger) + "/assignments";
        assertThat(clinician.postJson(strangerPath, "not json").status()).isEqualTo(404);
        assertThat(clinician.postJson(strangerPath, GENTLE).status()).isEqualTo(404);
    }

    @Test
    void endingAnAssignmentTakesItOffThePersonsListAndAnotherClinicCannot() {
        String id = clinician.postJson(path, GENTLE).json().path("id").asString();
        ApiPerson other = clinics.clinician(clinics.clinic("Elsewhere"));
        assertThat(other.delete(path + "/" + id).status()).isEqualTo(404);

        assertThat(clinician.delete(path + "/" + id).status()).isEqualTo(204);
        assertThat(person.get("/api/v1/me/assignments").json().path("items")).isEmpty();
        assertThat(clinician.delete(path + "/" + id).status()).isEqualTo(404);
        assertThat(log().subList(0, 2))
                .containsExactly("END_ASSIGNMENT assignment/" + id, "CREATE_ASSIGNMENT assignment/" + id);
    }

    @Test
    void thePersonsListIsNewestFirst() {
        String first = clinician.postJson(path, GENTLE).json().path("id").asString();
        String second = clinician
                .postJson(path, GENTLE.replace("Morning", "Evening"))
                .json()
                .path("id")
                .asString();
        JsonNode items = person.get("/api/v1/me/assignments").json().path("items");
        assertThat(items.get(0).path("id").asString()).isEqualTo(second);
        assertThat(items.get(1).path("id").asString()).isEqualTo(first);
    }

    private List<String> log() {
        List<String> entries = new ArrayList<>();
        person.get("/api/v1/me/access-log")
                .json()
                .path("items")
                .forEach(entry -> entries.add(entry.path("action").asString() + " "
                        + entry.path("resource").asString()));
        return entries;
    }
}
