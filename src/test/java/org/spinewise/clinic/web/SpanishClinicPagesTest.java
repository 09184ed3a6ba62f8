package org.spinewise.clinic.web;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.clinic.web.ClinicPagesTest.ClinicStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's pages and the person's clinic pages asked for with {@code Accept-Language: es}: a clinician,
 * an administrator and a patient read them in Spanish (the codes, ids and the patient's own words unchanged),
 * and the same pages asked for in English still read in English.
 */
class SpanishClinicPagesTest extends ApiTest {

    private static final String RULE_IN_SPANISH = "Que te duela cada vez que te cruje la espalda";
    private static final String RULE_IN_ENGLISH = "Pain each time your back cracks";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClinicianReadsTheDashboardThePatientAndTheMessagesInSpanish() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = staff.patientWhoseCrackingHurts(mvc);
        assertThat(patient.postJson(
                                "/api/v1/me/contact-requests",
                                "{\"clinicId\": \"" + staff.clinicId() + "\", \"message\": \"Me duele al crujir\"}")
                        .status())
                .isEqualTo(201);

        assertThat(page(staff.clinician(), "/clinic", "es"))
                .contains("<html lang=\"es\"")
                .contains("Invitar a un paciente")
                .contains("Primero aparecen los pacientes con más avisos.")
                .contains("Ha escrito a la clínica y espera respuesta")
                .contains("Pedir cita con un profesional sanitario")
                .contains("Mensajes que esperan respuesta")
                .contains("data-flag=\"OPEN_REQUEST\"")
                .doesNotContain("Invite a patient")
                .doesNotContain("Has written to the clinic");
        assertThat(page(staff.clinician(), "/clinic", "en"))
                .contains("Invite a patient")
                .contains("Has written to the clinic and is waiting for an answer")
                .contains("Book a visit with a professional");

        String path = "/clinic/patients/" + staff.firstPatientId();
        assertThat(page(staff.clinician(), path, "es"))
                .contains("Comprobaciones de seguridad")
                .contains(RULE_IN_SPANISH)
                .contains("Asignar una rutina")
                .contains("Repeticiones de Basculación pélvica (de 1 a 30)")
                .contains("Desvincular a este paciente")
                .doesNotContain(RULE_IN_ENGLISH)
                .doesNotContain("Assign a routine");
        assertThat(page(staff.clinician(), path, "en"))
                .contains(RULE_IN_ENGLISH)
                .contains("Repetitions of Pelvic tilt (1 to 30)")
                .contains("Unlink this patient");

        assertThat(page(staff.clinician(), "/clinic/requests", "es"))
                .contains("Mensajes a " + staff.clinicName())
                .contains("Esperando a la clínica")
                .contains("Me duele al crujir")
                .contains("Reglas que se activaron:")
                .contains("La clínica se está ocupando");
        assertThat(page(staff.clinician(), "/clinic/requests", "en")).contains("Waiting for the clinic");
    }

    @Test
    void aRoutineTheSafetyCheckRefusesIsExplainedInSpanishOnTheForm() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = staff.patientWhoseCrackingHurts(mvc);
        String path = "/clinic/patients/" + staff.firstPatientId();
        staff.clinician().get("/?lang=es"); // the cookie keeps the choice for the form that follows

        ApiTest.Answer refused = staff.clinician()
                .submitForm(path, path + "/assignments", "title=&items=pelvic-tilt&items=seated-chair-extension");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Ponle un título a la rutina.");

        refused = staff.clinician()
                .submitForm(path, path + "/assignments", "title=Mañana&items=pelvic-tilt&items=seated-chair-extension");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("La comprobación de seguridad ha rechazado esta rutina")
                .contains("Rechazado por la última comprobación de seguridad (R-CRACK-PAINFUL")
                .contains("No se ha asignado nada.");
    }

    @Test
    void thePatientReadsTheirClinicPagesInSpanish() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson patient = staff.linkedPatient(mvc);
        staff.clinician().get("/clinic"); // the clinic's list of patients is logged for the patient
        String title = "Rutina de prueba";
        staff.clinician()
                .submitForm(
                        "/clinic/patients/" + staff.firstPatientId(),
                        "/clinic/patients/" + staff.firstPatientId() + "/assignments",
                        "title=" + title.replace(' ', '+') + "&items=knee-to-chest");
        String assignment = patient.get("/api/v1/me/assignments")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        assertThat(page(patient, "/me/links", "es"))
                .contains("Tus clínicas")
                .contains("Código de invitación")
                .contains("Con vínculo desde: ")
                .contains("Terminar el vínculo");
        assertThat(page(patient, "/me/access", "es"))
                .contains("Quién ha visto tus datos")
                .contains("te vio en la lista de pacientes de la clínica")
                .contains("te asignó una rutina")
                .doesNotContain("saw you in the clinic's list");
        assertThat(page(patient, "/me/access", "en")).contains("assigned you a routine");
        assertThat(page(patient, "/me/assignments/" + assignment, "es"))
                .contains("Primero haz la comprobación de seguridad.")
                .contains("De " + staff.clinicName() + ".");
        assertThat(page(patient, "/me", "es"))
                .contains("Rutinas de tu clínica")
                .contains("Empezar " + title)
                .contains("Contactar con una clínica");

        Clinics.screen(patient, Clinics.CRACKING_HURTS);
        assertThat(page(patient, "/me/assignments/" + assignment, "es"))
                .contains("Spinewise la acaba de revisar con tu última comprobación de seguridad");
        assertThat(page(patient, "/contact", "es"))
                .contains("Contactar con una clínica")
                .contains("En una emergencia, no esperes a una clínica: llama a tu número local de emergencias.")
                .contains("Tu comprobación de seguridad del ")
                .contains("Pedir cita con un profesional sanitario")
                .contains("Tus respuestas en sí no se envían.");
        assertThat(page(patient, "/contact", "en")).contains("In an emergency, do not wait for a clinic");
    }

    @Test
    void theContactReviewAndItsMistakesAreInSpanish() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        person.get("/?lang=es");

        ApiTest.Answer empty = person.submitForm("/contact", "/contact", "step=review&clinicId=&message=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body())
                .contains("Elige una clínica de la lista.")
                .contains("Escribe un mensaje de 1 a 2000 caracteres.");

        ApiTest.Answer review =
                person.submitForm("/contact", "/contact", "step=review&clinicId=" + staff.clinicId() + "&message=Hola");
        assertThat(review.body())
                .contains("Revisa lo que se enviará")
                .contains("No lo has indicado: la clínica te responderá en tu página de Spinewise.")
                .contains("Sin comprobación de seguridad")
                .contains("Enviar a " + staff.clinicName());

        ApiTest.Answer visitor =
                perform(MockMvcRequestBuilders.get("/contact").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
        assertThat(visitor.body()).contains("Primero inicia sesión").contains("no se ha guardado");
    }

    @Test
    void theAdministratorsPageAndItsMistakesAreInSpanish() {
        ClinicStaff staff = ClinicStaff.create(mvc, jdbc);

        assertThat(page(staff.admin(), "/admin", "es"))
                .contains("Administración")
                .contains("Añadir un profesional sanitario a " + staff.clinicName() + " por su correo electrónico")
                .contains("Reglas y contenido en vigor")
                .contains("Reglas de la comprobación de seguridad: versión")
                .contains("Todas las versiones que ha servido esta instalación");
        assertThat(page(staff.admin(), "/admin", "en"))
                .contains("Add a clinician to " + staff.clinicName() + " by email")
                .contains("Safety-check rules: version");

        staff.admin().get("/?lang=es");
        ApiTest.Answer unknown = staff.admin()
                .submitForm(
                        "/admin", "/admin/clinicians", "clinicId=" + staff.clinicId() + "&email=nobody@example.org");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ninguna cuenta tiene este correo electrónico.");
        ApiTest.Answer added = staff.admin().submitForm("/admin", "/admin/clinics", "name=Otra+cl%C3%ADnica");
        assertThat(added.status()).isEqualTo(302);
        assertThat(staff.admin().get("/admin?done=clinic").body()).contains("Se ha añadido la clínica.");
    }

    /** A page as the person's browser asks for it in {@code language}. */
    private static String page(ApiPerson person, String path, String language) {
        ApiTest.Answer answer =
                person.perform(MockMvcRequestBuilders.get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }
}
