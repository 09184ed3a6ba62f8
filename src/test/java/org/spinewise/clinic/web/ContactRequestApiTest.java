package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** "Contact us" requests (clinic-api.md, "Contact requests"). */
class ContactRequestApiTest extends UnlinkedPersonApiTest {

    ContactRequestApiTest() {
        super("Contact Clinic");
    }

    private static final String QUEUE = "/api/v1/clinic/contact-requests";

    @Test
    void aRequestCarriesTheLatestScreeningToAClinicTheyAreNotLinkedTo() {
        JsonNode screening =
                Clinics.screen(person, body -> body.withObject("answers").put("fever", true));
        ApiTest.Answer answer = send(
                person,
                "{\"clinicId\": \"" + clinicId
                        + "\", \"message\": \"I have a fever and my back hurts.\", \"preferredContact\": \"phone after 5pm\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode sent = answer.json();
        assertThat(sent.path("status").asString()).isEqualTo("OPEN");
        assertThat(sent.path("reply").isNull()).isTrue();
        assertThat(sent.path("clinic").path("id").asString()).isEqualTo(clinicId);
        assertThat(sent.path("preferredContact").asString()).isEqualTo("phone after 5pm");
        assertThat(sent.path("screening").path("id").asString())
                .isEqualTo(screening.path("id").asString());
        assertThat(sent.path("screening").path("disposition").asString()).isEqualTo("URGENT");
        assertThat(sent.path("screening").path("firedRules").toString()).isEqualTo("[\"R-INFECTION-FEVER\"]");

        JsonNode queued = queue(null).get(0);
        assertThat(queued.path("email").asString()).isEqualTo(person.email());
        assertThat(queued.has("patientId")).as("not linked: no patient id").isFalse();
        assertThat(queued.path("screening")).isEqualTo(sent.path("screening"));
        assertThat(clinician
                        .get("/api/v1/clinic/patients/" + clinics.idOf(person))
                        .status())
                .as("the request shows nothing else of an unlinked person")
                .isEqualTo(404);
    }

    @Test
    void withoutAScreeningTheRequestCarriesNullAndALinkedPersonComesWithTheirId() {
        Clinics.link(person, Clinics.invite(clinician));
        JsonNode sent = send(person, "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Hello\"}")
                .json();
        assertThat(sent.path("screening").isNull()).isTrue();
        assertThat(sent.path("preferredContact").isNull()).isTrue();
        assertThat(queue(null).get(0).path("patientId").asString()).isEqualTo(clinics.idOf(person));
    }

    @Test
    void badRequestsAre400AndStoreNothing() {
        assertThat(field(send(person, "{\"clinicId\": \"" + java.util.UUID.randomUUID() + "\", \"message\": \"Hi\"}")))
                .isEqualTo("clinicId");
        assertThat(field(send(person, "{\"clinicId\": \"nope\", \"message\": \"Hi\"}")))
                .isEqualTo("clinicId");
        assertThat(field(send(person, "{\"clinicId\": \"" + clinicId + "\", \"message\": \"\"}")))
                .isEqualTo("message");
        assertThat(field(send(
                        person, "{\"clinicId\": \"" + clinicId + "\", \"message\": \"" + "m".repeat(2001) + "\"}")))
                .isEqualTo("message");
        assertThat(field(send(
                        person,
                        "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Hi\", \"preferredContact\": \""
                                + "p".repeat(201) + "\"}")))
                .isEqualTo("preferredContact");
        assertThat(person.get("/api/v1/me/contact-requests").json().path("items"))
                .isEmpty();
        assertThat(queue(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "OPEN, IN_PROGRESS, 200",
        "OPEN, CLOSED, 200",
        "OPEN, OPEN, 200",
        "IN_PROGRESS, CLOSED, 200",
        "IN_PROGRESS, IN_PROGRESS, 200",
        "IN_PROGRESS, OPEN, 409",
        "CLOSED, CLOSED, 409",
        "CLOSED, OPEN, 409",
        "CLOSED, IN_PROGRESS, 409"
    })
    void statusesMoveForwardOnly(String from, String to, int status) {
        String id = sent();
        if (!from.equals("OPEN")) {
            assertThat(patch(id, "{\"status\": \"" + from + "\"}").status()).isEqualTo(200);
        }
        ApiTest.Answer answer = patch(id, "{\"status\": \"" + to + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        String expected = status == 200 ? to : from;
        assertThat(statusSeenByThePerson()).isEqualTo(expected);
    }

    @Test
    void theReplyChangesUntilClosedAndThePersonSeesIt() {
        String id = sent();
        assertThat(patch(id, "{\"reply\": \"We will call you.\"}")
                        .json()
                        .path("reply")
                        .asString())
                .isEqualTo("We will call you.");
        JsonNode closed = patch(id, "{\"status\": \"CLOSED\", \"reply\": \"Seen on Monday.\"}")
                .json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(patch(id, "{\"reply\": \"Too late\"}").status()).isEqualTo(409);
        JsonNode mine =
                person.get("/api/v1/me/contact-requests").json().path("items").get(0);
        assertThat(mine.path("reply").asString()).isEqualTo("Seen on Monday.");
        assertThat(mine.path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void badPatchesAre400AndOtherClinicsGet404() {
        String id = sent();
        assertThat(patch(id, "{\"status\": \"DONE\"}").status()).isEqualTo(400);
        assertThat(patch(id, "{\"reply\": \"" + "r".repeat(2001) + "\"}").status())
                .isEqualTo(400);
        assertThat(patch(id, "{\"colour\": \"red\"}").status()).isEqualTo(400);
        ApiPerson other = clinics.clinician(clinics.clinic("Other"));
        assertThat(Clinics.patch(other, QUEUE + "/" + id, "{\"status\": \"CLOSED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(other.get(QUEUE).json().path("items")).isEmpty();
        assertThat(statusSeenByThePerson()).isEqualTo("OPEN");
    }

    @Test
    void theQueueIsOldestFirstAndFiltersByStatus() {
        String first = sent();
        String second = sent();
        patch(first, "{\"status\": \"IN_PROGRESS\"}");
        assertThat(ids(queue(null))).containsExactly(first, second);
        assertThat(ids(queue("OPEN"))).containsExactly(second);
        assertThat(ids(queue("IN_PROGRESS"))).containsExactly(first);
        assertThat(ids(queue("CLOSED"))).isEmpty();
        assertThat(clinician.get(QUEUE + "?status=LOST").status()).isEqualTo(400);
        assertThat(ids(person.get("/api/v1/me/contact-requests").json().path("items")))
                .as("the person's own: newest first")
                .containsExactly(second, first);
    }

    private String statusSeenByThePerson() {
        return person.get("/api/v1/me/contact-requests")
                .json()
                .path("items")
                .get(0)
                .path("status")
                .asString();
    }

    private String sent() {
        return send(person, "{\"clinicId\": \"" + clinicId + "\", \"message\": \"Please call\"}")
                .json()
                .path("id")
                .asString();
    }

    private static ApiTest.Answer send(ApiPerson from, String body) {
        return from.postJson("/api/v1/me/contact-requests", body);
    }

    private ApiTest.Answer patch(String id, String body) {
        return Clinics.patch(clinician, QUEUE + "/" + id, body);
    }

    private JsonNode queue(String status) {
        ApiTest.Answer answer = clinician.get(status == null ? QUEUE : QUEUE + "?status=" + status);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String field(ApiTest.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().path("errors").get(0).path("field").asString();
    }
}
