package org.spinewise.clinic.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's pages with MockMvc: who may open them (403 for a patient, sign-in for a visitor), the
 * administrator's forms, the invite and link, the patient page with a routine refused by the safety core and
 * one assigned, ending a routine and a link, the requests page and the person's own pages.
 */
class ClinicPagesTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPatientMayNotOpenTheClinicsOrTheAdministratorsPages() {
        ApiPerson patient = ApiPerson.signUp(mvc, "UTC");
        for (String path : List.of("/clinic", "/clinic/requests", "/admin")) {
            ApiTest.Answer answer = patient.get(path);
            // MockMvc has no container to render the error page; the browser test reads its words.
            assertThat(answer.status()).as(path).isEqualTo(403);
        }
        assertThat(patient.submitForm("/me/links", "/clinic/invites", "").status())
                .isEqualTo(403);
    }

    @Test
    void aVisitorIsSentToSignIn() {
        for (String path : List.of("/clinic", "/admin", "/me/links", "/me/access")) {
            ApiTest.Answer answer = get(path);
            assertThat(answer.status()).as(path).isEqualTo(302);
        }
        ApiTest.Answer contact = get("/contact");
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body()).contains("Sign in first").contains("was not stored");
    }

    @Test
    void theAdministratorsPageListsClinicsAndVersionsAndNamesMistakes() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiTest.Answer page = staff.admin().get("/admin");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(staff.clinicName())
                .contains(staff.clinician().email())
                .contains("data-version=\"rules\"");

        ApiTest.Answer unknown = staff.admin()
                .submitForm(
                        "/admin", "/admin/clinicians", "clinicId=" + staff.clinicId() + "&email=nobody@example.org");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No account has this email").contains("aria-invalid=\"true\"");
        assertThat(staff.admin()
                        .submitForm("/admin", "/admin/clinics", "name=+")
                        .status())
                .isEqualTo(400);

        assertThat(staff.admin()
                        .submitForm(
                                "/admin",
                                "/admin/clinicians/remove",
                                "clinicId=" + staff.clinicId() + "&email="
                                        + staff.clinician().email())
                        .status())
                .isEqualTo(302);
        assertThat(staff.clinician().get("/clinic").status()).isEqualTo(403);
    }

    @Test
    void aCodeLinksAPatientWhoSeesWhoLookedAndMayEndTheLink() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = ApiPerson.signUp(mvc, "UTC");

        ApiTest.Answer wrong = patient.submitForm("/me/links", "/me/links", "code=AAAA-BBBB-CCCC");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"code-error\"");

        String code = staff.inviteCode();
        assertThat(patient.submitForm("/me/links", "/me/links", "code=" + code).status())
                .isEqualTo(302);
        assertThat(patient.get("/me/links").body()).contains(staff.clinicName());

        ApiTest.Answer dashboard = staff.clinician().get("/clinic");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains(patient.email());

        ApiTest.Answer access = patient.get("/me/access");
        assertThat(access.body())
                .contains(staff.clinician().email())
                .contains("saw you in the clinic's list of patients");
        assertThat(patient.get("/me").body()).contains("href=\"/me/links\"").contains("href=\"/me/access\"");

        String linkId = patient.get("/api/v1/me/links")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(patient.submitForm("/me/links", "/me/links/" + linkId + "/revoke", "")
                        .status())
                .isEqualTo(302);
        assertThat(staff.clinician().get("/clinic").body()).doesNotContain(patient.email());
    }

    @Test
    void aRoutineTheScreeningExcludesIsRefusedAndNamedThenAnAllowedOneIsAssignedAndPlayed() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = staff.patientWhoseCrackingHurts(mvc);
        String patientId = staff.firstPatientId();
        String path = "/clinic/patients/" + patientId;
        assertThat(staff.clinician().get(path).status()).isEqualTo(200);

        ApiTest.Answer refused = assign(
                staff, path, "title=Morning&items=pelvic-tilt&items=seated-chair-extension&reps%5Bpelvic-tilt%5D=5");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("data-refusals")
                .contains("id=\"item-seated-chair-extension-error\"")
                .contains("value=\"5\"");
        assertThat(staff.clinician()
                        .get("/api/v1/clinic/patients/" + patientId)
                        .json()
                        .path("assignments"))
                .isEmpty();

        ApiTest.Answer assigned =
                assign(staff, path, "title=Morning&items=pelvic-tilt&reps%5Bpelvic-tilt%5D=5&note=Slowly");
        assertThat(assigned.status()).isEqualTo(302);
        var assignment =
                patient.get("/api/v1/me/assignments").json().path("items").get(0);
        assertThat(assignment.path("items").get(0).path("reps").asInt()).isEqualTo(5);

        String id = assignment.path("id").asString();
        assertThat(patient.get("/me").body()).contains("href=\"/me/assignments/" + id + "\"");
        ApiTest.Answer play = patient.get("/me/assignments/" + id);
        assertThat(play.status()).isEqualTo(200);
        assertThat(play.body())
                .contains("<h1>Morning</h1>")
                .contains("data-plan=")
                .contains("Slowly");

        assertThat(staff.clinician()
                        .submitForm(path, path + "/assignments/" + id + "/end", "")
                        .status())
                .isEqualTo(302);
        assertThat(patient.get("/me/assignments/" + id).status()).isEqualTo(404);
        assertThat(staff.clinician().submitForm(path, path + "/unlink", "").status())
                .isEqualTo(302);
        assertThat(staff.clinician().get(path).status()).isEqualTo(404);
    }

    @Test
    void anAssignedRoutineAsksForTheSafetyCheckWhenThereIsNone() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = staff.linkedPatient(mvc);
        String path = "/clinic/patients/" + staff.firstPatientId();
        staff.clinician().submitForm(path, path + "/assignments", "title=Evening&items=knee-to-chest");
        String id = patient.get("/api/v1/me/assignments")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        ApiTest.Answer play = patient.get("/me/assignments/" + id);
        assertThat(play.status()).isEqualTo(200);
        assertThat(play.body()).contains("Take the safety check first").contains("href=\"/screening\"");
    }

    @Test
    void aContactRequestShowsWhatGoesThenReachesTheClinicWhoseAnswerTheSenderSees() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        Clinics.screen(person, Clinics.CRACKING_HURTS);

        ApiTest.Answer empty = person.submitForm("/contact", "/contact", "step=review&clinicId=&message=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"clinicId-error\"").contains("id=\"message-error\"");

        String form = "clinicId=" + staff.clinicId() + "&message=It+hurts+when+it+cracks&preferredContact=Evenings";
        ApiTest.Answer review = person.submitForm("/contact", "/contact", form + "&step=review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body())
                .contains("It hurts when it cracks")
                .contains("Evenings")
                .contains("data-sent-screening=\"SEE_PROFESSIONAL\"");
        String screeningId = person.get("/api/v1/screening-history")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(review.body()).contains("value=\"" + screeningId + "\"");

        ApiTest.Answer stale = person.submitForm("/contact", "/contact", form + "&step=send&screeningId=none");
        assertThat(stale.body()).contains("changed since you last looked");
        assertThat(person.submitForm("/contact", "/contact", form + "&step=send&screeningId=" + screeningId)
                        .status())
                .isEqualTo(302);

        ApiTest.Answer requests = staff.clinician().get("/clinic/requests?status=OPEN");
        assertThat(requests.body()).contains("It hurts when it cracks").contains(person.email());
        assertThat(staff.clinician().get("/clinic").body()).contains("It hurts when it cracks");
        String requestId = person.get("/api/v1/me/contact-requests")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(staff.clinician()
                        .submitForm(
                                "/clinic/requests",
                                "/clinic/requests/" + requestId,
                                "status=IN_PROGRESS&reply=We+will+call+you")
                        .status())
                .isEqualTo(302);
        assertThat(person.get("/me").body()).contains("We will call you").contains("The clinic is working on it");

        staff.clinician().submitForm("/clinic", "/clinic/requests/" + requestId, "status=CLOSED&reply=");
        ApiTest.Answer refused =
                staff.clinician().submitForm("/clinic", "/clinic/requests/" + requestId, "status=OPEN&reply=");
        assertThat(refused.status()).isEqualTo(409);
    }

    @ParameterizedTest
    @CsvSource({"pain_when_cracking, true", "fever, true", "bowel_bladder_change, false", ", false"})
    void everyResultThatSendsToAProfessionalOffersTheContactPage(String yes, boolean offered) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String answers = ApiRequests.everyAnswerNoAsForm();
        if (yes != null) {
            answers = answers.replace("answers." + yes + "=no", "answers." + yes + "=yes");
        }
        ApiTest.Answer result =
                person.submitForm("/screening", "/screening", "age=40&painLevel=2&onset=days" + answers);
        assertThat(result.body().contains("href=\"/contact\""))
                .as("SEE_PROFESSIONAL and URGENT offer it; EMERGENCY sends to emergency care, SELF_CARE nowhere")
                .isEqualTo(offered);
    }

    /**
     * An administrator (the ADMIN row inserted directly, as admin emails are read only at start), a clinic made
     * on the admin page and a clinician added there, for the page tests.
     */
    record ClinicStaff(ApiPerson admin, ApiPerson clinician, String clinicName, String clinicId) {

        private static final Pattern CODE = Pattern.compile("data-invite-code>([0-9A-Z-]+)<");

        static ClinicStaff create(MockMvc mvc, JdbcClient jdbc) {
            ApiPerson admin = ApiPerson.signUp(mvc, "UTC");
            makeAdmin(jdbc, admin.email());
            String name = "Clinic " + UUID.randomUUID();
            assertThat(admin.submitForm("/admin", "/admin/clinics", "name=" + name.replace(' ', '+'))
                            .status())
                    .isEqualTo(302);
            String clinicId = jdbc.sql("SELECT id FROM clinic WHERE name = ?")
                    .param(name)
                    .query(String.class)
                    .single();
            ApiPerson clinician = ApiPerson.signUp(mvc, "Europe/Berlin");
            assertThat(admin.submitForm(
                                    "/admin",
                                    "/admin/clinicians",
                                    "clinicId=" + clinicId + "&email=" + clinician.email())
                            .status())
                    .isEqualTo(302);
            return new ClinicStaff(admin, clinician, name, clinicId);
        }

        /** The id of the first patient on the clinician's list. */
        String firstPatientId() {
            return clinician
                    .get("/api/v1/clinic/patients")
                    .json()
                    .path("items")
                    .get(0)
                    .path("patientId")
                    .asString();
        }

        static void makeAdmin(JdbcClient jdbc, String email) {
            jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                    .param(email)
                    .update();
        }

        /** A code made with the dashboard's button. */
        String inviteCode() {
            String page = clinician.submitForm("/clinic", "/clinic/invites", "").body();
            Matcher code = CODE.matcher(page);
            assertThat(code.find()).as("the dashboard shows the new code").isTrue();
            return code.group(1);
        }

        /** A new patient linked to the clinic through /me/links; returns the patient. */
        ApiPerson linkedPatient(MockMvc mvc) {
            ApiPerson patient = ApiPerson.signUp(mvc, "UTC");
            assertThat(patient.submitForm(
                                    "/me/links",
                                    "/me/links",
                                    "code=" + inviteCode().toLowerCase())
                            .status())
                    .isEqualTo(302);
            return patient;
        }

        /** A new patient linked to the clinic, whose kept safety check says cracking hurts. */
        ApiPerson patientWhoseCrackingHurts(MockMvc mvc) {
            ApiPerson patient = linkedPatient(mvc);
            Clinics.screen(patient, Clinics.CRACKING_HURTS);
            return patient;
        }
    }

    /** The clinician sends the patient page's assignment form. */
    private static ApiTest.Answer assign(ClinicStaff staff, String patientPage, String form) {
        return staff.clinician().submitForm(patientPage, patientPage + "/assignments", form);
    }
}
