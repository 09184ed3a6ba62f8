package org.spinewise.clinic.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.api.SqlTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The clinic contract's edges a review found: characters, check order, nulls, old screenings, self-access. */
class ClinicEdgeCasesApiTest extends ClinicApiTest {

    private static final String EMOJI = "\uD83D\uDE42"; // one character, two UTF-16 units

    ClinicEdgeCasesApiTest() {
        super("Edge Clinic");
    }

    @Test
    void limitsCountCharactersSoEmojiFitAsManyAsLetters() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        String path = "/api/v1/clinic/patients/" + clinics.idOf(person) + "/assignments";
        String item = "\"items\": [{\"exerciseId\": \"pelvic-tilt\"}]";
        assertThat(clinician
                        .postJson(path, "{\"title\": \"" + EMOJI.repeat(200) + "\", " + item + "}")
                        .status())
                .isEqualTo(201);
        assertThat(clinician
                        .postJson(path, "{\"title\": \"" + EMOJI.repeat(201) + "\", " + item + "}")
                        .status())
                .isEqualTo(400);
        ApiTest.Answer message = person.postJson(
                "/api/v1/me/contact-requests",
                "{\"clinicId\": \"" + clinicId + "\", \"message\": \"" + EMOJI.repeat(2000)
                        + "\", \"preferredContact\": \"" + EMOJI.repeat(200) + "\"}");
        assertThat(message.status()).as(message.body()).isEqualTo(201);
        assertThat(clinics.admin()
                        .postJson("/api/v1/admin/clinics", "{\"name\": \"" + EMOJI.repeat(200) + "\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anUnknownClinicIsNamedTogetherWithTheOtherMistakes() {
        ApiTest.Answer answer = ApiPerson.signUp(mvc, "UTC")
                .postJson(
                        "/api/v1/me/contact-requests",
                        "{\"clinicId\": \"" + UUID.randomUUID() + "\", \"message\": \"\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").toString())
                .contains("\"clinicId\"")
                .contains("\"message\"");
    }

    @Test
    void aCodeTooLongToBeOneIsRefusedLikeAnyUnknownCode() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String unknown = Clinics.link(person, "ZZZZ-ZZZZ-ZZZZ")
                .json()
                .path("errors")
                .get(0)
                .toString();
        assertThat(Clinics.link(person, "K".repeat(300))
                        .json()
                        .path("errors")
                        .get(0)
                        .toString())
                .isEqualTo(unknown);
    }

    @Test
    void anUnknownRequestIs404WhateverTheBodyAndANullStatusMeansNoChange() {
        String queue = "/api/v1/clinic/contact-requests/";
        assertThat(Clinics.patch(clinician, queue + UUID.randomUUID(), "{\"status\": 5}")
                        .status())
                .isEqualTo(404);
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String id = Clinics.contactRequest(person, clinicId, "Hi");
        ApiTest.Answer answer = Clinics.patch(clinician, queue + id, "{\"status\": null, \"reply\": \"Noted\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(answer.json().path("reply").asString()).isEqualTo("Noted");
    }

    @Test
    void anUrgentScreeningOfOlderRulesStillRefusesEveryRoutine() {
        ApiPerson person = clinics.patientOf(clinician, "UTC");
        jdbc.sql(
                        "INSERT INTO screening_record (id, account_id, at, rules_version, request, result) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        UUID.fromString(clinics.idOf(person)),
                        SqlTime.utc(Instant.now().minusSeconds(60)),
                        "2026.11.25-1",
                        "{\"age\":40,\"painLevel\":2,\"conditions\":[],\"answers\":{\"leg_numbness_tingling_weakness\":true}}",
                        "{\"disposition\":\"URGENT\",\"firedRules\":[{\"id\":\"R-NEURO-LEG\",\"disposition\":\"URGENT\","
                                + "\"message\":\"m\",\"source\":\"s\"}],\"restrictions\":{\"crackingAllowed\":false,"
                                + "\"avoidMovements\":[],\"avoidPositions\":[],\"selfGuidedExercise\":false},"
                                + "\"therapy\":null,\"rulesVersion\":\"2026.11.25-1\"}")
                .update();
        ApiTest.Answer answer = clinician.postJson(
                "/api/v1/clinic/patients/" + clinics.idOf(person) + "/assignments",
                "{\"title\": \"T\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("items");
        assertThat(answer.json().path("errors").get(0).path("rules").toString()).isEqualTo("[\"R-NEURO-LEG\"]");
    }

    @Test
    void aClinicianReadingTheirOwnDataIsNotLoggedAsSomeoneElse() {
        assertThat(Clinics.link(clinician, Clinics.invite(clinician)).status()).isEqualTo(201);
        clinician.get("/api/v1/clinic/patients");
        clinician.get("/api/v1/clinic/patients/" + clinics.idOf(clinician));
        assertThat(clinician.get("/api/v1/me/access-log").json().path("items")).isEmpty();
    }
}
