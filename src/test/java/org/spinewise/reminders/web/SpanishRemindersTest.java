package org.spinewise.reminders.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.reminders.RemindersContextTest;
import org.spinewise.reminders.StandInPushService;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Movement breaks in Spanish ({@code Accept-Language: es}): the settings and desk pages, a test push, the calendar feed and the push limit's problem; in English all stay as they were.
 */
class SpanishRemindersTest extends RemindersContextTest {

    private static final String WEEKDAYS = "{\"enabled\":true,\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],"
            + "\"from\":\"09:00\",\"to\":\"17:00\",\"intervalMinutes\":60}";

    @Test
    void theSettingsPageIsInSpanishWithItsDaysAndBreaksInSpanish() {
        clock.set("2026-12-07T06:00:00Z"); // a Monday, 07:00 in Madrid
        ApiPerson ana = ApiPerson.signUp(mvc, "Europe/Madrid");
        assertOkJson(ana.putJson("/api/v1/me/reminders", WEEKDAYS));

        assertThat(page(ana, "/me/reminders", "es"))
                .contains("<h1>Pausas para moverte</h1>")
                .contains("Recuérdamelo", "Lunes", "Domingo", "Cada cuántos minutos", "De 30 a 180.")
                .contains("<li>lunes 7 de diciembre, 10:00</li>")
                .contains("Las horas están en Europe/Madrid.")
                .contains("Guardado.", "Las notificaciones están activadas en este dispositivo.")
                .doesNotContain("Remind me", "Monday", "Saved.");
        assertThat(page(ana, "/me/reminders", "en"))
                .contains("<h1>Movement breaks</h1>")
                .contains("Remind me", "Monday", "From 30 to 180.", "<li>Monday 7 December, 10:00</li>", "Saved.");
    }

    @Test
    void theDeskBreakIsInSpanishWhateverTheSafetyCheckSays() {
        assertThat(page(ApiPerson.anonymous(mvc), "/routine/desk", "es"))
                .contains("<h1>Pausa de escritorio</h1>")
                .contains("Haz la comprobación de seguridad", "<a href=\"/signin\">Inicia sesión</a> para guardar")
                .doesNotContain("Take the safety check");

        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ana.postJson("/api/v1/screening-history", ApiRequests.write(DeskRoutinePageTest.example(true)));
        assertThat(page(ana, "/routine/desk", "es"))
                .contains("Unos dos minutos, sentado en tu silla. Muévete despacio y para si algo te duele.")
                .contains("<strong>Ahora levántate y camina un minuto</strong>")
                .doesNotContain("Now stand up");
        assertThat(page(ana, "/routine/desk", "en")).contains("<strong>Now stand up and walk for a minute</strong>");

        ana.postJson("/api/v1/screening-history", ApiRequests.write(DeskRoutinePageTest.example(false)));
        assertThat(page(ana, "/routine/desk", "es")).contains("así que esta pausa no tiene movimientos.");
    }

    @Test
    void aTestPushSpeaksTheLanguageItWasAskedInAndItsLimitIsExplainedInSpanish() {
        clock.set("2026-12-08T10:00:00Z");
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        StandInPushService.Browser phone = PUSH.newBrowser();
        ana.postJson("/api/v1/me/push-subscriptions", phone.subscriptionJson());

        assertThat(ana.performWithCsrf(language(posting("/api/v1/me/reminders/test"), "es"))
                        .status())
                .isEqualTo(202);
        assertThat(ana.performWithCsrf(language(posting("/api/v1/me/reminders/test"), "en"))
                        .status())
                .isEqualTo(202);
        List<StandInPushService.Received> messages = phone.messages();
        assertThat(messages).hasSize(2);
        assertThat(str(messages.get(0).payload().path("title"))).isEqualTo("Es hora de levantarte un momento");
        assertThat(str(messages.get(0).payload().path("body")))
                .isEqualTo("Dos minutos de movimientos fáciles en tu escritorio y luego un minuto caminando."
                        + " Toca para empezar la rutina.");
        assertThat(str(messages.get(1).payload().path("title"))).isEqualTo("Time to get up for a moment");
        assertThat(str(messages.get(0).payload().path("url")))
                .isEqualTo(str(messages.get(1).payload().path("url")));

        for (int i = 0; i < 3; i++) {
            ana.postJson("/api/v1/me/reminders/test", "");
        }
        JsonNode tooMany =
                assertProblem(ana.performWithCsrf(language(posting("/api/v1/me/reminders/test"), "es")), 429);
        assertThat(str(tooMany.path("title"))).isEqualTo("Demasiadas solicitudes");
        assertThat(str(tooMany.path("detail")))
                .isEqualTo("Como máximo 5 notificaciones de prueba por minuto; vuelve a intentarlo pronto.");
    }

    @Test
    void aSpanishReadersCalendarAddressGivesASpanishFeedAndAnEnglishReadersStaysAsItWas() {
        clock.set("2026-12-07T06:00:00Z");
        ApiPerson ana = ApiPerson.signUp(mvc, "Europe/Madrid");
        assertOkJson(ana.putJson("/api/v1/me/reminders", WEEKDAYS));

        String spanish =
                str(assertJson(ana.performWithCsrf(language(posting("/api/v1/me/reminders/calendar"), "es")), 201)
                        .path("url"));
        assertThat(spanish).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics\\?lang=es");
        assertThat(str(assertOkJson(ana.perform(language(getting("/api/v1/me/reminders/calendar"), "es")))
                        .path("url")))
                .isEqualTo(spanish);
        assertThat(feed(spanish))
                .contains("SUMMARY:Pausa para moverte")
                .contains("DESCRIPTION:Pausa para moverte: es hora de levantarte")
                .doesNotContain("SUMMARY:Movement break");

        String english =
                str(assertJson(ana.performWithCsrf(language(posting("/api/v1/me/reminders/calendar"), "en")), 201)
                        .path("url"));
        assertThat(english).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feed(english)).contains("SUMMARY:Movement break").doesNotContain("SUMMARY:Pausa");
    }

    private String feed(String url) {
        Answer answer = ApiPerson.from(mvc, "203.0.113.9").get(url.substring("http://localhost".length()));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode assertJson(Answer answer, int status) {
        assertThat(answer.status()).as("status; body: %s", answer.body()).isEqualTo(status);
        return answer.json();
    }

    private static String page(ApiPerson person, String path, String lang) {
        Answer answer = person.perform(language(getting(path), lang));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static MockHttpServletRequestBuilder getting(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private static MockHttpServletRequestBuilder posting(String path) {
        return MockMvcRequestBuilders.post(path);
    }

    private static MockHttpServletRequestBuilder language(MockHttpServletRequestBuilder request, String lang) {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE, lang);
    }
}
