package org.spinewise.clinic.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.api.SqlTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Invite codes and links (clinic-api.md, "Linking a patient to a clinic"). */
class ClinicLinkApiTest extends UnlinkedPersonApiTest {

    ClinicLinkApiTest() {
        super("Link Test Clinic");
    }

    /** Three groups of four from Crockford's alphabet: no I, L, O or U. */
    private static final String CODE_SHAPE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    @Test
    void anInviteIsAReadableCodeThatExpiresAfterSevenDays() {
        // The server keeps times to the millisecond (ClinicTime), so the lower bound is taken to the millisecond too.
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ApiTest.Answer answer = clinician.postJson("/api/v1/clinic/invites", "{}");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("code").asString()).matches(CODE_SHAPE);
        Instant expires = Instant.parse(answer.json().path("expiresAt").asString());
        assertThat(expires)
                .isBetween(
                        before.plus(java.time.Duration.ofDays(7)), Instant.now().plus(java.time.Duration.ofDays(7)));
    }

    @Test
    void codesDiffer() {
        var codes = new java.util.HashSet<String>();
        for (int i = 0; i < 20; i++) {
            codes.add(Clinics.invite(clinician));
        }
        assertThat(codes).hasSize(20);
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesLinksOnceAndShowsInTheList() {
        String code = Clinics.invite(clinician);
        String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ";

        ApiTest.Answer linked = Clinics.link(person, typed);
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().propertyNames()).containsExactlyInAnyOrder("id", "clinic", "since");
        assertThat(linked.json().path("clinic").path("id").asString()).isEqualTo(clinicId);
        assertThat(linked.json().path("clinic").path("name").asString()).isEqualTo("Link Test Clinic");

        assertThat(person.get("/api/v1/me/links").json().path("items")).hasSize(1);
        assertThat(person.get("/api/v1/me/links").json().path("items").get(0)).isEqualTo(linked.json());
        ApiTest.Answer again = Clinics.link(ApiPerson.signUp(mvc, "UTC"), code);
        assertThat(again.status()).as("a used code").isEqualTo(400);
        assertThat(again.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KX7P-2MQ9-4TRA", "not a code at all", "KX7P-2MQ9-4TR", "ÄÄÄÄ-ÄÄÄÄ-ÄÄÄÄ"})
    void unknownCodesAre400NamingCode(String code) {
        ApiTest.Answer answer = Clinics.link(person, code);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
    }

    @Test
    void unknownExpiredAndUsedCodesShareOneMessage() {
        String used = Clinics.invite(clinician);
        assertThat(Clinics.link(person, used).status()).isEqualTo(201);
        String expired = Clinics.invite(clinician);
        jdbc.sql("UPDATE clinic_invite SET expires_at = ? WHERE clinic_id = ? AND used_at IS NULL")
                .params(SqlTime.utc(Instant.now().minusSeconds(1)), java.util.UUID.fromString(clinicId))
                .update();
        ApiPerson other = ApiPerson.signUp(mvc, "UTC");

        String usedMessage = message(Clinics.link(other, used));
        assertThat(message(Clinics.link(other, expired))).isEqualTo(usedMessage);
        assertThat(message(Clinics.link(other, "ZZZZ-ZZZZ-ZZZZ"))).isEqualTo(usedMessage);
        assertThat(other.get("/api/v1/me/links").json().path("items")).isEmpty();
    }

    @Test
    void linkingAgainIs409AndLeavesTheCodeForSomeoneElse() {
        assertThat(Clinics.link(person, Clinics.invite(clinician)).status()).isEqualTo(201);
        String second = Clinics.invite(clinician);

        assertThat(Clinics.link(person, second).status()).isEqualTo(409);
        assertThat(Clinics.link(ApiPerson.signUp(mvc, "UTC"), second).status())
                .as("a refused link does not use the code up")
                .isEqualTo(201);
    }

    @Test
    void aPersonEndsALinkAndTheClinicLosesAccessAtOnceUntilANewCode() {
        String linkId = Clinics.link(person, Clinics.invite(clinician))
                .json()
                .path("id")
                .asString();
        String patient = "/api/v1/clinic/patients/" + clinics.idOf(person);
        assertThat(clinician.get(patient).status()).isEqualTo(200);

        assertThat(person.delete("/api/v1/me/links/" + linkId).status()).isEqualTo(204);

        assertThat(clinician.get(patient).status()).isEqualTo(404);
        assertThat(person.get("/api/v1/me/links").json().path("items")).isEmpty();
        assertThat(person.delete("/api/v1/me/links/" + linkId).status()).isEqualTo(404);
        assertThat(Clinics.link(person, Clinics.invite(clinician)).status())
                .as("linking anew")
                .isEqualTo(201);
        assertThat(clinician.get(patient).status()).isEqualTo(200);
    }

    @Test
    void nobodyElseCanEndAPersonsLink() {
        String linkId = Clinics.link(person, Clinics.invite(clinician))
                .json()
                .path("id")
                .asString();
        assertThat(ApiPerson.signUp(mvc, "UTC")
                        .delete("/api/v1/me/links/" + linkId)
                        .status())
                .isEqualTo(404);
        assertThat(person.get("/api/v1/me/links").json().path("items")).hasSize(1);
    }

    @Test
    void theClinicEndsALinkAndItsAssignmentsEndWithIt() {
        Clinics.link(person, Clinics.invite(clinician));
        String patient = "/api/v1/clinic/patients/" + clinics.idOf(person);
        assertThat(clinician
                        .postJson(
                                patient + "/assignments",
                                "{\"title\": \"Mornings\", \"items\": [{\"exerciseId\": \"pelvic-tilt\"}]}")
                        .status())
                .isEqualTo(201);

        assertThat(clinician.delete(patient).status()).isEqualTo(204);

        assertThat(clinician.get(patient).status()).isEqualTo(404);
        assertThat(clinician.delete(patient).status()).isEqualTo(404);
        assertThat(person.get("/api/v1/me/links").json().path("items")).isEmpty();
        assertThat(person.get("/api/v1/me/assignments").json().path("items")).isEmpty();
        assertThat(person.get("/api/v1/me/access-log")
                        .json()
                        .path("items")
                        .get(0)
                        .path("action")
                        .asString())
                .isEqualTo("UNLINK");
    }

    private static String message(ApiTest.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().path("errors").get(0).path("message").asString();
    }
}
