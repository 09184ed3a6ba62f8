package org.spinewise.account.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker's probe found (issue 20): throttling raced by concurrent attempts, bad emails answered
 * 500 and never counted, look-alike emails, lenient UTF-8, and unthrottled password guesses at deletion (the
 * races: {@link SignInRaceApiTest}).
 */
class AccountHardeningApiTest extends ApiTest {

    private static final String PASSWORD = "quiet-river-stone-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private ApiPerson newVisitor() {
        int n = ADDRESSES.getAndIncrement();
        return ApiPerson.from(mvc, "10.2." + (n / 250) + "." + (n % 250 + 1));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void wrongPasswordsToDeleteAreThrottledWithoutLockingThePersonOut() {
        String email = "deleting-" + unique() + "@example.org";
        ApiPerson thief = newVisitor();
        assertThat(thief.signUp(email, PASSWORD).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            assertProblem(thief.deleteJson("/api/v1/account", "{\"password\": \"guess-number-" + i + "\"}"), 403);
        }

        MockHttpServletResponse refused = thief.performRaw(MockMvcRequestBuilders.delete("/api/v1/account")
                .header("X-XSRF-TOKEN", thief.csrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"" + PASSWORD + "\"}"));

        assertThat(refused.getStatus()).as("even the right password waits").isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertOkJson(thief.get("/api/v1/me"));
        assertThat(newVisitor().signIn(email, PASSWORD).status())
                .as("signing in has its own counter")
                .isEqualTo(200);
    }

    @Test
    void anEmailOf255CharactersIsAnUnknownEmailAndCounts() {
        String email = "a".repeat(255 - "@example.org".length()) + "@example.org";
        assertBadRequest(newVisitor().signUp(email, PASSWORD), Set.of("email"));
        for (int i = 0; i < 5; i++) {
            assertProblem(newVisitor().signIn(email, PASSWORD), 401);
        }

        assertProblem(newVisitor().signIn(email, PASSWORD), 429);
    }

    @Test
    void anEmailThatLowerCasingLengthensIsRefusedAtSignUpAndCountsAtSignIn() {
        String email = "\u0130".repeat(200) + unique() + "@example.org"; // "İ" lower-cases to two characters
        assertBadRequest(newVisitor().signUp(email, PASSWORD), Set.of("email"));
        for (int i = 0; i < 5; i++) {
            assertProblem(newVisitor().signIn(email, PASSWORD), 401);
        }

        assertProblem(newVisitor().signIn(email, PASSWORD), 429);
    }

    @Test
    void lookAlikeEmailsMakeNoSecondAccount() {
        String nfc = Normalizer.normalize("jos\u00e9-" + unique() + "@example.org", Normalizer.Form.NFC);
        assertThat(newVisitor().signUp(nfc, PASSWORD).status()).isEqualTo(201);
        String kate = "kate-" + unique() + "@example.org";
        assertThat(newVisitor().signUp(kate, PASSWORD).status()).isEqualTo(201);

        for (String lookAlike : new String[] {
            Normalizer.normalize(nfc, Normalizer.Form.NFD), nfc + "\u00a0", "\u3000" + nfc, "\u212a" + kate.substring(1)
        }) {
            assertProblem(newVisitor().signUp(lookAlike, "another-pass-" + unique()), 409);
        }
        var kelvin = newVisitor().signIn("\u212a" + kate.substring(1), PASSWORD);
        assertThat(assertOkJson(kelvin).path("email").asString())
                .as("the one account, under its stored email")
                .isEqualTo(kate);
    }

    @Test
    void invisibleCharactersInAnEmailAreRefusedNamingIt() {
        String email = "zero-" + unique() + "@example.org";
        assertThat(newVisitor().signUp(email, PASSWORD).status()).isEqualTo(201);

        for (String hidden : new String[] {"zero\u200b-", "zero\u0000-", "zero\u202e-", "zero\u2028-"}) {
            String lookAlike = email.replace("zero-", hidden);
            assertBadRequest(newVisitor().signUp(lookAlike, PASSWORD), Set.of("email"));
            assertBadRequest(newVisitor().signIn(lookAlike, PASSWORD), Set.of("email"));
        }
    }

    @Test
    void theStoredEmailIsTheNormalisedOne() {
        String nfd = Normalizer.normalize("zo\u00eb-" + unique() + "@example.org", Normalizer.Form.NFD);

        var created = newVisitor().signUp("\u2003" + nfd + "\u00a0", PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("email").asString()).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    }

    @Test
    void bodiesMustBeStrictUtf8() {
        ApiPerson visitor = newVisitor();
        byte[] overlong = bytes("{\"email\": \"a", 0xC0, 0xBC, "b@example.org\", \"password\": \"" + PASSWORD + "\"}");
        byte[] surrogate =
                bytes("{\"email\": \"a", 0xED, 0xA0, 0x80, "b@example.org\", \"password\": \"" + PASSWORD + "\"}");
        for (byte[] body : new byte[][] {overlong, surrogate}) {
            assertBadRequest(
                    visitor.performWithCsrf(MockMvcRequestBuilders.post("/api/v1/session")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)),
                    Set.of("body"));
        }
        assertBadRequest(
                visitor.postJson(
                        "/api/v1/account",
                        "{\"email\": \"a\\ud800b-" + unique() + "@example.org\", \"password\": \"" + PASSWORD + "\"}"),
                Set.of("email"));
    }

    /** Text and raw bytes, in order, as one request body. */
    private static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
