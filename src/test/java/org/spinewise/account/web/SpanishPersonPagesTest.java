package org.spinewise.account.web;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The person's own pages (their page, their data, the deleted account, privacy) and the account's answers in
 * Spanish for {@code Accept-Language: es}, and unchanged in English.
 */
class SpanishPersonPagesTest extends ApiTest {

    @Test
    void thePersonsPageIsInSpanish() {
        ApiPerson ana = ApiPerson.signUp(mvc, "Europe/Madrid");

        assertThat(page(ana, "/me", "es"))
                .contains("<html lang=\"es\"")
                .contains("<h1>Tu página</h1>")
                .contains("Has iniciado sesión como " + ana.email() + ". Las horas se muestran en Europe/Madrid.")
                .contains("Registro del día", "Registro de crujidos", "Pausas para moverte", "Tus datos")
                .contains("Descargar para historias clínicas (FHIR)")
                .contains("Comprobación de seguridad", "Cerrar sesión")
                .doesNotContain("Signed in as", "Sign out", "Daily check-in");
        assertThat(page(ana, "/me", "en"))
                .contains("<h1>Your page</h1>")
                .contains("Signed in as " + ana.email() + ". Times are shown in Europe/Madrid.")
                .contains("Daily check-in", "Cracking log", "Movement breaks", "Sign out");
    }

    /** A page read in either language, by a signed-in person or a visitor. */
    record Bilingual(
            String path, boolean signedIn, List<String> spanish, List<String> notInSpanish, List<String> english) {}

    static Stream<Arguments> pagesInEitherLanguage() {
        return Stream.of(
                Arguments.argumentSet(
                        "the welcome offer hands its script Spanish words",
                        new Bilingual(
                                "/me?welcome=",
                                true,
                                List.of(
                                        "¡Te damos la bienvenida! Guarda lo que recuerda este navegador",
                                        "Pasar a tu cuenta {count} rutinas que guardó este navegador",
                                        "Se pasaron {count} rutinas a tu cuenta."),
                                List.of(),
                                List.of(
                                        "Bring over {count} routines this browser kept",
                                        "Brought over {count} routines into your account."))),
                Arguments.argumentSet(
                        "the deleted page is in Spanish",
                        new Bilingual(
                                "/account-deleted",
                                false,
                                List.of(
                                        "<h1>Tu cuenta está eliminada</h1>",
                                        "Todo lo que no necesita cuenta sigue funcionando: la <a href=\"/screening\">"
                                                + "comprobación de seguridad</a>"),
                                List.of("Your account is deleted"),
                                List.of("Everything that needs no account still works: the <a href=\"/screening\">"
                                        + "safety check</a>, routines, the"))),
                Arguments.argumentSet(
                        "the privacy page states the configured limits in either language",
                        new Bilingual(
                                "/privacy",
                                false,
                                List.of(
                                        "<h1>Privacidad, en palabras sencillas</h1>",
                                        "Una sesión termina cuando cierras sesión, tras 30 minutos sin uso, 12 horas"
                                                + " después de iniciar sesión, o cuando eliminas tu cuenta;",
                                        "durante 15 minutos, para frenar",
                                        "<code>XSRF-TOKEN</code>"),
                                List.of(),
                                List.of(
                                        "A session ends when you sign out, after 30 minutes without use, 12 hours"
                                                + " after you signed in, or when you delete your account;",
                                        "(the email tried and the network address), for 15 minutes, to slow down"
                                                + " password guessing."))));
    }

    @ParameterizedTest
    @MethodSource("pagesInEitherLanguage")
    void aPageReadsInEitherLanguage(Bilingual page) {
        ApiPerson reader = page.signedIn() ? ApiPerson.signUp(mvc, "UTC") : ApiPerson.anonymous(mvc);

        String spanish = page(reader, page.path(), "es");
        assertThat(spanish).contains(page.spanish());
        page.notInSpanish().forEach(english -> assertThat(spanish).doesNotContain(english));
        assertThat(page(reader, page.path(), "en")).contains(page.english());
    }

    @Test
    void theDataPageAndItsDeletionErrorsAreInSpanish() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");

        assertThat(page(ana, "/me/data", "es"))
                .contains("<h1>Tus datos</h1>")
                .contains("Descargar en JSON", "Eliminar mi cuenta y todos mis datos", "Tu contraseña, para confirmar")
                .contains("No se puede deshacer");
        Answer empty = deleteAccount(ana, "", "es");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Escribe tu contraseña para eliminar tu cuenta.");
        Answer wrong = deleteAccount(ana, "not-the-password", "es");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).contains("Esa contraseña no es correcta. Tu cuenta sigue aquí.");
        Answer english = deleteAccount(ana, "not-the-password", "en");
        assertThat(english.body()).contains("That password is not right. Your account is still here.");
        assertThat(page(ana, "/me", "es")).as("still signed in").contains("Cerrar sesión");
    }

    @Test
    void theSignUpAndSignInFormsExplainTheirErrorsInSpanish() {
        ApiPerson visitor = ApiPerson.anonymous(mvc);
        Answer signUp = visitor.perform(spanish(MockMvcRequestBuilders.post("/signup"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("email=not-an-email&password=short&timeZone=UTC"));
        assertThat(signUp.status()).isEqualTo(400);
        assertThat(signUp.body())
                .contains("Escribe una dirección de correo electrónico como nombre@example.org.")
                .contains("Esta contraseña debe tener al menos 8 caracteres.");

        Answer signIn = visitor.perform(spanish(MockMvcRequestBuilders.post("/signin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("email=ana%E2%80%8B%40example.org&password=whatever-it-is"));
        assertThat(signIn.status()).isEqualTo(400);
        assertThat(signIn.body())
                .contains("Escribe tu dirección de correo electrónico sin espacios ni caracteres invisibles.");
    }

    @Test
    void theAccountApiAnswersItsProblemsInSpanishWithTheSameStatusesAndFields() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ApiPerson other = ApiPerson.anonymous(mvc);

        JsonNode taken = assertProblem(
                other.performWithCsrf(
                        spanishJson("/api/v1/account", credentials(ana.email(), "quiet orchard lantern 7"))),
                409);
        assertThat(str(taken.path("detail"))).isEqualTo("Ya existe una cuenta con este correo electrónico.");
        JsonNode common = assertBadRequest(
                other.performWithCsrf(spanishJson("/api/v1/account", credentials(fresh(), "password123"))),
                Set.of("password"));
        assertThat(str(common.path("errors").get(0).path("message")))
                .isEqualTo("está en una lista de contraseñas comunes que los atacantes prueban primero; elige otra");
        JsonNode invisible = assertBadRequest(
                other.performWithCsrf(
                        spanishJson("/api/v1/account", credentials("ana\u200B@example.org", "quiet orchard 42"))),
                Set.of("email"));
        assertThat(str(invisible.path("errors").get(0).path("message")))
                .isEqualTo("no debe contener espacios ni caracteres invisibles o de control");

        JsonNode wrong = assertProblem(
                other.performWithCsrf(spanishJson("/api/v1/session", credentials(ana.email(), "nope"))), 401);
        assertThat(str(wrong.path("title"))).isEqualTo("No autorizado");
        assertThat(str(wrong.path("detail"))).isEqualTo("El correo electrónico o la contraseña no son correctos.");
        JsonNode english = assertProblem(
                other.performWithCsrf(MockMvcRequestBuilders.post("/api/v1/session")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(credentials(ana.email(), "nope"))),
                401);
        assertThat(str(english.path("title"))).isEqualTo("Unauthorized");
        assertThat(str(english.path("detail"))).isEqualTo("The email or password is not right.");

        JsonNode notDeleted = assertProblem(
                ana.performWithCsrf(spanish(MockMvcRequestBuilders.delete("/api/v1/account"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"not it\"}")),
                403);
        assertThat(str(notDeleted.path("detail"))).isEqualTo("La contraseña no es correcta.");
    }

    @Test
    void tooManyFailedSignInsAreExplainedInSpanish() {
        ApiPerson guesser = ApiPerson.from(mvc, "198.51.100." + (1 + new Random().nextInt(250)));
        String email = fresh();
        for (int i = 0; i < 5; i++) {
            assertProblem(
                    guesser.performWithCsrf(spanishJson("/api/v1/session", credentials(email, "guess " + i))), 401);
        }

        JsonNode refused = assertProblem(
                guesser.performWithCsrf(spanishJson("/api/v1/session", credentials(email, "guess"))), 429);
        assertThat(str(refused.path("title"))).isEqualTo("Demasiadas solicitudes");
        assertThat(str(refused.path("detail")))
                .matches("Demasiados intentos fallidos de iniciar sesión\\. Espera \\d+ minuto\\(s\\) y vuelve a"
                        + " intentarlo\\.");
    }

    private static String fresh() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    private static String credentials(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    private static String page(ApiPerson person, String path, String language) {
        Answer answer = person.perform(MockMvcRequestBuilders.get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static Answer deleteAccount(ApiPerson person, String password, String language) {
        return person.perform(MockMvcRequestBuilders.post("/me/data/delete")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("password=" + password));
    }

    private static MockHttpServletRequestBuilder spanishJson(String path, String body) {
        return spanish(MockMvcRequestBuilders.post(path))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE, "es");
    }
}
