package org.spinewise.system.session;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinewise.support.ApiClient;
import org.spinewise.support.SessionStoreCut;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away between a request's own commit and the saving of its session, at the end of the
 * request, or just after that save: {@link SessionStoreCut} refuses the session tables exactly there.
 * A write that was stored must be answered as stored, with an intact body, and not half an answer with a
 * problem glued on; a sign-in whose new session cannot be kept must be refused whole, with nothing
 * signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionStoreCut.Configuration.class)
class SessionSaveOutageTest {

    private static final String PASSWORD = "quiet-river-stone-42";
    private static final String CHECK_IN = "{\"pain\": 3, \"stiffness\": 4, \"sittingHours\": 6.5}";

    @LocalServerPort
    int port;

    @Autowired
    SessionStoreCut sessionStore;

    @AfterEach
    void restoreSessionStore() {
        sessionStore.restore();
    }

    @Test
    void aStoredWriteIsAnsweredWholeWhenOnlyTheSessionsLastAccessCannotBeSaved()
            throws IOException, InterruptedException {
        assertStoredWriteAnsweredWhole(SessionStoreCut::cut);
    }

    @Test
    void aStoredWriteIsAnsweredWholeWhenTheDatabaseGoesAwayRightAfterTheSessionWasSaved()
            throws IOException, InterruptedException {
        assertStoredWriteAnsweredWhole(SessionStoreCut::cutAfterNextWrite);
    }

    private void assertStoredWriteAnsweredWhole(Consumer<SessionStoreCut> cut)
            throws IOException, InterruptedException {
        ApiClient person = signedUpPerson();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(person.put("/api/v1/checkins/" + today.minusDays(2), CHECK_IN)
                        .status())
                .isEqualTo(201);
        String day = today.minusDays(1).toString();

        cut.accept(sessionStore);
        ApiClient.Answer written = person.put("/api/v1/checkins/" + day, CHECK_IN);

        assertThat(sessionStore.refusedStatements())
                .as("session statements refused during the request")
                .isPositive();
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.contentType()).startsWith("application/json");
        JsonNode stored = ApiClient.JSON.readTree(written.body());
        assertThat(stored.path("day").asString()).isEqualTo(day);
        assertThat(stored.path("pain").asInt()).isEqualTo(3);
        sessionStore.restore();
        // The same client, on the same kept-alive connection: the server must not have dropped it.
        JsonNode list = person.get("/api/v1/checkins").json();
        assertThat(list.path("items"))
                .as("the same session still signed in, the check-in stored")
                .hasSize(2);
    }

    @Test
    void aSignInWhoseSessionCannotBeKeptIsRefusedWhole() throws IOException, InterruptedException {
        String email = "session-cut-" + UUID.randomUUID() + "@example.org";
        assertThat(new ApiClient(base()).signUp(email, PASSWORD).status()).isEqualTo(201);
        ApiClient person = new ApiClient(base());
        person.get("/api/v1/csrf");

        sessionStore.cut();
        ApiClient.Answer signIn = person.signIn(email, PASSWORD);

        assertThat(sessionStore.refusedStatements())
                .as("session writes refused during the request")
                .isPositive();
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(503);
        assertThat(signIn.contentType()).startsWith("application/problem+json");
        assertThat(signIn.retryAfter()).isNotBlank();
        assertThat(ApiClient.JSON.readTree(signIn.body()).path("status").asInt())
                .isEqualTo(503);
        sessionStore.restore();
        assertThat(person.get("/api/v1/me").status())
                .as("signed in by a refused sign-in")
                .isEqualTo(401);
    }

    private ApiClient signedUpPerson() throws IOException, InterruptedException {
        ApiClient person = new ApiClient(base());
        ApiClient.Answer created = person.signUp("session-cut-" + UUID.randomUUID() + "@example.org", PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return person;
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }
}
