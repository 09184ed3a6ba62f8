package org.spinewise.account.web;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, sign-in, sign-out, me and account deletion, as account-api.md fixes them. */
class AccountApiTest extends ApiTest {

    private static final String PASSWORD = "quiet-river-stone-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** A fresh client address per visitor, so throttling of one test never reaches another. */
    private ApiPerson newVisitor() {
        int n = ADDRESSES.getAndIncrement();
        return ApiPerson.from(mvc, "10.1." + (n / 250) + "." + (n % 250 + 1));
    }

    private static String email() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void csrfEndpointGivesTheCookiesRawToken() {
        ApiPerson visitor = newVisitor();
        JsonNode answer = assertOkJson(visitor.get("/api/v1/csrf"));

        assertThat(answer.path("headerName").asString()).isEqualTo("X-XSRF-TOKEN");
        assertThat(answer.path("token").asString()).isNotBlank().isEqualTo(visitor.cookie("XSRF-TOKEN"));
    }

    @Test
    void signUpSignsInAndMeAnswers() {
        ApiPerson visitor = newVisitor();
        String email = email();

        var created = visitor.signUp(email, PASSWORD);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("email").asString()).isEqualTo(email);
        assertThat(texts(created.json().path("roles"))).containsExactly("PATIENT");
        assertThat(created.json().path("timeZone").asString()).isEqualTo("UTC");
        JsonNode me = assertOkJson(visitor.get("/api/v1/me"));
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("createdAt").asString()).isNotBlank();
    }

    @Test
    void signUpKeepsTheTimeZoneGiven() {
        ApiPerson visitor = newVisitor();
        var created = visitor.postJson(
                "/api/v1/account",
                "{\"email\": \"" + email() + "\", \"password\": \"" + PASSWORD
                        + "\", \"timeZone\": \"Pacific/Auckland\"}");

        assertThat(created.json().path("timeZone").asString()).isEqualTo("Pacific/Auckland");
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        String email = email();
        assertThat(newVisitor().signUp(email, PASSWORD).status()).isEqualTo(201);

        assertProblem(newVisitor().signUp(email.toUpperCase(), PASSWORD), 409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed email | not-an-email | quiet-river-stone-42 | email",
                "email without domain dot | someone@localhost | quiet-river-stone-42 | email",
                "short password | GOOD | seven77 | password",
                "common password | GOOD | password123 | password",
                "common password, other case | GOOD | Iloveyou | password",
            })
    void badSignUpsNameTheFieldAndStoreNothing(String name, String email, String password, String field) {
        String address = "GOOD".equals(email) ? email() : email;
        ApiPerson visitor = newVisitor();

        assertBadRequest(visitor.signUp(address, password), Set.of(field));
        assertProblem(newVisitor().signIn(address, password), 401);
    }

    @Test
    void aPasswordOver128CharactersIsRefused() {
        assertBadRequest(newVisitor().signUp(email(), "x".repeat(129)), Set.of("password"));
        assertThat(newVisitor()
                        .signUp(email(), "correct horse battery ".repeat(5) + "12345678")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void unknownTimeZoneAndUnknownFieldsAreRefused() {
        assertBadRequest(
                newVisitor()
                        .postJson(
                                "/api/v1/account",
                                "{\"email\": \"" + email() + "\", \"password\": \"" + PASSWORD
                                        + "\", \"timeZone\": \"Mars/Olympus\"}"),
                Set.of("timeZone"));
        assertBadRequest(
                newVisitor()
                        .postJson(
                                "/api/v1/account",
                                "{\"email\": \"" + email() + "\", \"password\": \"" + PASSWORD
                                        + "\", \"role\": \"ADMIN\"}"),
                Set.of("role"));
    }

    @Test
    void changesWithoutCsrfTokenAre403Problems() {
        assertProblem(
                newVisitor()
                        .withoutCsrf()
                        .postJson(
                                "/api/v1/account",
                                "{\"email\": \"" + email() + "\", \"password\": \"" + PASSWORD + "\"}"),
                403);
        assertProblem(
                newVisitor()
                        .withoutCsrf()
                        .postJson(
                                "/api/v1/session",
                                "{\"email\": \"" + email() + "\", \"password\": \"" + PASSWORD + "\"}"),
                403);
    }

    @Test
    void anonymousMeIs401ProblemNotARedirect() {
        assertProblem(newVisitor().get("/api/v1/me"), 401);
    }

    @Test
    void signInGivesAFreshSessionAndToken() {
        String email = email();
        newVisitor().signUp(email, PASSWORD);
        ApiPerson visitor = newVisitor();
        visitor.get("/api/v1/csrf");
        String tokenBefore = visitor.cookie("XSRF-TOKEN");

        JsonNode signedIn = assertOkJson(visitor.signIn(email, PASSWORD));

        assertThat(signedIn.path("email").asString()).isEqualTo(email);
        assertThat(visitor.cookie("SESSION")).isNotBlank();
        assertThat(visitor.cookie("XSRF-TOKEN")).isNotEqualTo(tokenBefore);
        assertOkJson(visitor.get("/api/v1/me"));
    }

    @Test
    void unknownEmailAndWrongPasswordAnswerAlike() {
        String email = email();
        newVisitor().signUp(email, PASSWORD);

        JsonNode wrongPassword = assertProblem(newVisitor().signIn(email, "not-the-password-1"), 401);
        JsonNode unknownEmail = assertProblem(newVisitor().signIn(email(), PASSWORD), 401);

        assertThat(wrongPassword.path("detail")).isEqualTo(unknownEmail.path("detail"));
    }

    @Test
    void signOutEndsTheSession() {
        ApiPerson visitor = newVisitor();
        visitor.signUp(email(), PASSWORD);

        assertThat(visitor.delete("/api/v1/session").status()).isEqualTo(204);

        assertProblem(visitor.get("/api/v1/me"), 401);
        assertThat(newVisitor().delete("/api/v1/session").status())
                .as("signed out already")
                .isEqualTo(204);
    }

    @Test
    void fiveFailuresForAnEmailBlockItEvenWithTheRightPassword() {
        String email = email();
        newVisitor().signUp(email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertProblem(newVisitor().signIn(email, "wrong-password-" + i), 401);
        }

        var blocked = newVisitor().signIn(email, PASSWORD);

        assertProblem(blocked, 429);
        assertThat(newVisitor().signIn(email, PASSWORD).status())
                .as("429s are not counted, still blocked")
                .isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInClearsTheEmailsCount() {
        String email = email();
        newVisitor().signUp(email, PASSWORD);
        for (int i = 0; i < 4; i++) {
            newVisitor().signIn(email, "wrong-password-" + i);
        }
        assertThat(newVisitor().signIn(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            newVisitor().signIn(email, "wrong-password-" + i);
        }

        assertThat(newVisitor().signIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void twentyFailuresFromOneAddressBlockIt() {
        ApiPerson sameAddress = newVisitor();
        for (int i = 0; i < 20; i++) {
            assertProblem(sameAddress.signIn(email(), PASSWORD), 401);
        }
        String email = email();
        newVisitor().signUp(email, PASSWORD);

        assertProblem(sameAddress.signIn(email, PASSWORD), 429);
        assertThat(newVisitor().signIn(email, PASSWORD).status())
                .as("another address")
                .isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsOnlyTheEmailsCountNotTheAddresss() {
        String email = email();
        newVisitor().signUp(email, PASSWORD);
        ApiPerson sameAddress = newVisitor();
        for (int i = 0; i < 10; i++) {
            sameAddress.signIn(email(), PASSWORD);
        }
        for (int i = 0; i < 4; i++) {
            sameAddress.signIn(email, "wrong-password-" + i);
        }
        assertThat(sameAddress.signIn(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 6; i++) {
            assertProblem(sameAddress.signIn(email(), PASSWORD), 401);
        }

        assertProblem(sameAddress.signIn(email, PASSWORD), 429);
    }

    @Test
    void aClientThatAcceptsOnlyProblemsStillGetsTheRealStatus() {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                .accept(PROBLEM_JSON);
        assertProblem(perform(request), 401);
        var bad = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/screenings")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .accept(PROBLEM_JSON)
                .content("{}");
        assertThat(assertProblem(perform(bad), 400).path("errors")).isNotEmpty();
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndEndsEverything() {
        String email = email();
        ApiPerson visitor = newVisitor();
        visitor.signUp(email, PASSWORD);
        ApiPerson otherDevice = newVisitor();
        otherDevice.signIn(email, PASSWORD);

        assertBadRequest(visitor.deleteJson("/api/v1/account", "{}"), Set.of("password"));
        assertBadRequest(visitor.delete("/api/v1/account"), Set.of("password"));
        assertProblem(visitor.deleteJson("/api/v1/account", "{\"password\": \"not-it-at-all\"}"), 403);
        assertThat(visitor.deleteJson("/api/v1/account", "{\"password\": \"" + PASSWORD + "\"}")
                        .status())
                .isEqualTo(204);

        assertProblem(visitor.get("/api/v1/me"), 401);
        assertProblem(otherDevice.get("/api/v1/me"), 401);
        assertProblem(newVisitor().signIn(email, PASSWORD), 401);
        assertThat(newVisitor().signUp(email, PASSWORD).status())
                .as("the email can sign up anew")
                .isEqualTo(201);
    }

    @Test
    void anonymousDeleteIs401() {
        assertProblem(newVisitor().deleteJson("/api/v1/account", "{\"password\": \"" + PASSWORD + "\"}"), 401);
    }
}
