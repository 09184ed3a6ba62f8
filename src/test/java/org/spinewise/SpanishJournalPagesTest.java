package org.spinewise;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal and progress pages, their form messages and the words Java writes for the safety check, the
 * routine and the sources, asked for in Spanish ({@code ?lang=es}, kept by its cookie): a person reads Spanish
 * where the English page read English, and the English pages still read as before.
 */
class SpanishJournalPagesTest extends ApiTest {

    private static final String STIFFNESS_ERROR_ES =
            "Escribe tu rigidez como un número entero del 0 (nada) al 10 (lo más rígido posible).";

    @Test
    void theCheckInPageAndItsMessagesAreInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        new PersonRecords(ann, ZoneId.of("UTC")).checkIn(LocalDate.now(ZoneId.of("UTC")), 3, 4, "Mucho rato sentada.");

        String page = spanish(ann, "/me/checkin");
        assertThat(page)
                .contains("<html lang=\"es\"")
                .contains("Registro del día")
                .contains("¿Cómo está tu espalda hoy,")
                .contains("Dolor (0 = nada, 10 = el peor que puedas imaginar)")
                .contains("Hasta 2000 caracteres.")
                .contains("Guardar el registro")
                .contains("Tus últimos 14 días")
                .contains("Mucho rato sentada.")
                .doesNotContain("Daily check-in")
                .doesNotContain("Save check-in");
        assertThat(ann.get("/me/checkin?day=2026-11-20").body())
                .contains("¿Cómo estaba tu espalda el <strong>viernes, 20 de noviembre de 2026</strong>?");

        Answer refused = ann.submitForm(
                "/me/checkin", "/me/checkin", "day=2026-11-20&pain=3&stiffness=11&sittingHours=7,5&note=");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("No se ha guardado nada. Revisa los campos marcados.")
                .contains(STIFFNESS_ERROR_ES);
        Answer future =
                ann.submitForm("/me/checkin", "/me/checkin", "day=2999-01-01&pain=3&stiffness=4&sittingHours=1");
        assertThat(future.body()).contains("Puedes registrar hoy (").contains("no un día que todavía no ha llegado");

        ann.get("/me/checkin?lang=en");
        Answer english =
                ann.submitForm("/me/checkin", "/me/checkin", "day=2026-11-20&pain=3&stiffness=11&sittingHours=7&note=");
        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains("Daily check-in")
                .contains("Enter your stiffness as a whole number from 0 (none) to 10 (as stiff as can be).")
                .contains("How is your back <strong>Friday 20 November 2026</strong>?")
                .doesNotContain(STIFFNESS_ERROR_ES);
    }

    @Test
    void theCrackingLogItsAdviceAndItsSourcesAreInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        String page = spanish(ann, "/me/cracks");
        assertThat(page)
                .contains("Registro de crujidos")
                .contains("¿Salió con suavidad o lo forzaste?")
                .contains(">De otra forma</option>")
                .contains("No hay ninguno anotado en los últimos 14 días.")
                .doesNotContain("Cracking log")
                .doesNotContain("Another way");

        Answer bad = ann.submitForm("/me/cracks", "/me/cracks", "technique=other&forced=maybe&painful=false");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("No se ha anotado nada.")
                .contains("Elige si el crujido salió con suavidad o lo forzaste.");

        Answer logged = ann.submitForm("/me/cracks", "/me/cracks", "technique=other&forced=true&painful=true");
        assertThat(logged.status()).isEqualTo(302);
        assertThat(ann.get("/me/cracks").body())
                .contains("No fuerces nunca un crujido")
                .contains("Un crujido forzado, brusco o agresivo puede pinzar un nervio")
                .contains("Artículo de la clínica de columna, sección \"")
                .contains("Lee sobre los riesgos de hacer crujir la espalda con fuerza")
                .contains(">forzado</td><td data-label=\"Dolor\">sí</td>")
                .doesNotContain("Never force a crack");

        PersonRecords records = new PersonRecords(ann, ZoneId.of("UTC"));
        records.crack(false);
        records.crack(false);
        JsonNode api = ann.postJson(
                        "/api/v1/cracks", "{\"technique\": \"other\", \"forced\": false, \"painful\": false}")
                .json();
        JsonNode daily = api.path("advice").get(0);
        assertThat(daily.path("code").asString()).isEqualTo("DAILY_LIMIT");
        assertThat(daily.path("message").asString())
                .startsWith("Ya has anotado 4 crujidos el ")
                .contains("más de los 3 al día que sugiere Spinewise")
                .contains("Rotación del tronco sentado");
        assertThat(daily.path("source").asString()).startsWith("Artículo de la clínica de columna, sección \"");

        ann.get("/me/cracks?lang=en");
        JsonNode english = ann.postJson(
                        "/api/v1/cracks", "{\"technique\": \"other\", \"forced\": true, \"painful\": false}")
                .json();
        assertThat(english.path("advice").get(0).path("message").asString())
                .startsWith("You have now logged 5 cracks on ")
                .contains("Seated trunk rotation");
        assertThat(english.path("advice").get(1).path("message").asString()).startsWith("Never force a crack.");
        assertThat(ann.get("/me/cracks").body())
                .contains("Cracking log")
                .containsPattern("<td data-label=\"[^\"]+\">forced</td>");
    }

    @Test
    void theProgressPageItsChartsAndItsAdviceAreInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        assertThat(spanish(ann, "/me/progress"))
                .contains("Tu progreso")
                .contains("¿Los estiramientos alivian tu rigidez?")
                .contains("Todavía no hay registros en las últimas 8 semanas.")
                .contains("rigidez media sin registros")
                .doesNotContain("Your progress");

        PersonRecords records = new PersonRecords(ann, ZoneId.of("UTC"));
        LocalDate today = records.today();
        for (int day : new int[] {1, 3, 8, 10}) {
            records.checkIn(today.minusDays(day), 4, 5, null);
        }
        for (int day = 1; day <= 8; day++) {
            records.run(today.minusDays(day), List.of("seated-trunk-rotation"), null);
        }
        String page = ann.get("/me/progress").body();
        assertThat(page)
                .contains("Consulta a un profesional sanitario.")
                .contains("Has hecho estiramientos en 8 rutinas durante los últimos 14 días")
                .contains("Fuente: Artículo de la clínica de columna, sección \"")
                .contains("Dolor (línea continua, anillos)")
                .contains("Rutinas por semana en las últimas 8 semanas")
                .contains("Paradas antes de tiempo (naranja, arriba)");
        JsonNode advice = ann.get("/api/v1/progress").json().path("advice").get(0);
        assertThat(advice.path("code").asString()).isEqualTo("STIFFNESS_NOT_IMPROVING");
        assertThat(advice.path("message").asString()).contains("consultar a un profesional sanitario");

        assertThat(ann.get("/me/progress?lang=en").body())
                .contains("Your progress")
                .contains("You stretched in 8 routines over the last 14 days")
                .contains("Pain (solid line, rings)");
    }

    @Test
    void theScreeningFormItsMessagesAndTheResultsListsAreInSpanish() {
        ApiPerson visitor = ApiPerson.anonymous(mvc);
        assertThat(spanish(visitor, "/screening"))
                .contains("Hace entre 2 y 7 días")
                .doesNotContain("2 to 7 days ago");

        Answer missing = visitor.submitForm("/screening", "/screening", "age=40&painLevel=2&onset=days");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Responde sí o no, por favor.").doesNotContain("Please answer yes or no.");

        String form = "age=40&painLevel=2&onset=days"
                + ApiRequests.everyAnswerNoAsForm().replace("answers.locked_back=no", "answers.locked_back=yes");
        String result = visitor.submitForm("/screening", "/screening", form).body();
        assertThat(result)
                .contains("Estiramientos suaves; para si algo te duele.") // no limits are listed below it
                .contains("Fuente: Artículo de la clínica de columna, sección \"");

        String routine = visitor.submitRoutine(result, "positions=CHAIR&minutes=5&goal=DESK_BREAK")
                .body();
        assertThat(routine).contains("mantén ").contains("descansa ").doesNotContain(", hold ");
        assertThat(routine)
                .contains("No forma parte del objetivo que elegiste.")
                .doesNotContain("It is not part of the goal you chose.");

        visitor.get("/screening?lang=en");
        String english = visitor.submitRoutine(
                        visitor.submitForm("/screening", "/screening", form).body(),
                        "positions=CHAIR&minutes=5&goal=DESK_BREAK")
                .body();
        assertThat(english).contains(" seconds").contains(", hold ").contains("It is not part of the goal you chose.");
    }

    @Test
    void aLibrarySourceIsCitedInSpanishAroundTheArticlesHeading() {
        ApiPerson visitor = ApiPerson.anonymous(mvc);
        assertThat(spanish(visitor, "/library/knee-to-chest"))
                .contains("Fuente: el artículo de la clínica, sección \"")
                .doesNotContain("the clinic&#39;s article")
                .doesNotContain("the clinic's article");
        assertThat(visitor.get("/library/knee-to-chest?lang=en").body()).contains("Source: the clinic");
    }

    @Test
    void aRoutineRunOrHeatSessionThatEndsBeforeItStartsIsExplainedInSpanish() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        spanish(ann, "/me/progress");
        String times = "\"startedAt\": \"2026-11-20T10:00:00Z\", \"endedAt\": \"2026-11-20T09:00:00Z\"";
        JsonNode run = assertBadRequest(
                ann.postJson(
                        "/api/v1/routine-runs",
                        "{" + times + ", \"completed\": [\"pelvic-tilt\"], \"painBefore\": 3, \"stop\": null}"),
                java.util.Set.of("endedAt"));
        assertThat(str(run.path("errors").get(0).path("message")))
                .isEqualTo("no debe ser anterior a startedAt (2026-11-20T10:00:00Z), era 2026-11-20T09:00:00Z");
        JsonNode heat = assertBadRequest(
                ann.postJson(
                        "/api/v1/therapy-sessions",
                        "{" + times + ", \"kind\": \"HEAT\", \"minutes\": 10, \"finished\": true}"),
                java.util.Set.of("endedAt"));
        assertThat(str(heat.path("errors").get(0).path("message"))).isEqualTo("no debe ser anterior a startedAt");
    }

    /** The page in Spanish, chosen as a person does with the switch; the cookie keeps it for later requests. */
    private static String spanish(ApiPerson person, String path) {
        Answer answer = person.get(path + (path.contains("?") ? "&" : "?") + "lang=es");
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }
}
