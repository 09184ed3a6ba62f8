package org.spinewise.account.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.reminders.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forgotten-password journey by email, through a real SMTP server (GreenMail) on a local port: the link
 * arrives, built from {@code spinewise.public-url} whatever Host the request named, works once, expires after
 * 30 minutes on the application's clock, and an unknown email gets the same answer and no mail.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spinewise.public-url=https://spinewise.example",
            "spinewise.password-reset.mail-from=reset@spinewise.example"
        })
@AutoConfigureMockMvc
@Import(TestClock.InContext.class)
class PasswordResetMailTest {

    private static final int PORT = freePort();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINK =
            Pattern.compile("https://spinewise\\.example(/password/reset\\?token=[\\w-]{43})");
    private static final String SENT = "If an account exists for that email, we sent it a link";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyInbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndNeverPointsAtTheRequestsHost() throws Exception {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ApiPerson visitor = visitor();

        ApiTest.Answer asked = forgot(
                visitor,
                ana.email(),
                request -> request.with(sent -> {
                    sent.setServerName("evil.example");
                    sent.addHeader("Host", "evil.example");
                    return sent;
                }));

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains(SENT);
        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(ana.email());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("reset@spinewise.example");
        assertThat(mail.getSubject()).isEqualTo("Choose a new Spinewise password");
        String text = (String) mail.getContent();
        assertThat(text).doesNotContain("evil.example").contains("within 30 minutes");
        String path = linkPath(text);

        assertThat(visitor.get(path).body()).contains("Choose a new password");
        ApiTest.Answer reset = visitor.submitForm(
                path,
                "/password/reset",
                "token=" + token(path) + "&password=lantern-by-the-sea&confirm=lantern-by-the-sea");

        assertThat(reset.status()).isEqualTo(302);
        assertThat(ana.get("/api/v1/me").status()).as("the old session").isEqualTo(401);
        assertThat(visitor().signIn(ana.email(), "lantern-by-the-sea").status()).isEqualTo(200);
        assertThat(visitor().signIn(ana.email(), ana.password()).status()).isEqualTo(401);
        assertThat(visitor.get(path).status()).as("the same link again").isEqualTo(404);
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ApiPerson visitor = visitor();
        forgot(visitor, ana.email(), request -> request);
        String path = linkPath((String) onlyMail().getContent());
        String form = visitor.get(path).body(); // its form and CSRF field, taken while the link works

        clock.advance(Duration.ofMinutes(29));
        assertThat(visitor.get(path).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));

        assertThat(visitor.get(path).status()).isEqualTo(404);
        ApiTest.Answer late = visitor.perform(form("/password/reset")
                .content("token=" + token(path) + "&password=lantern-by-the-sea&confirm=lantern-by-the-sea&_csrf="
                        + enc(csrf(form))));
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.body()).contains("This link does not work: it has expired");
        assertThat(visitor().signIn(ana.email(), ana.password()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";

        ApiTest.Answer unknown = forgot(visitor(), nobody, request -> request);
        ApiTest.Answer known = forgot(visitor(), ana.email(), request -> request);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(withoutCsrf(unknown.body())).isEqualTo(withoutCsrf(known.body()));
        // the known address's mail arrives; had the unknown one made any, it would have been made first
        assertThat(onlyMail().getAllRecipients()[0].toString()).isEqualTo(ana.email());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset r JOIN account a ON a.id = r.account_id"
                                + " WHERE a.email = ?")
                        .param(ana.email())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void theEmailSpeaksTheLanguageOfTheRequest() throws Exception {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");

        forgot(visitor(), ana.email(), request -> request.header("Accept-Language", "es"));

        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("Elige una contraseña nueva de Spinewise");
        assertThat((String) mail.getContent()).contains("abre este enlace en los próximos 30 minutos");
    }

    @Test
    void requestsForOneEmailAreLimitedLikeSignIns() throws Exception {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        for (int i = 0; i < 5; i++) {
            assertThat(forgot(visitor(), ana.email(), request -> request).status())
                    .isEqualTo(200);
        }
        assertThat(SMTP.waitForIncomingEmail(20_000, 5)).isTrue();

        ApiTest.Answer sixth = forgot(visitor(), ana.email(), request -> request);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.body()).contains("Too many requests for a reset link.");
    }

    /** A fresh client from an address of its own, so that no test's throttling reaches another. */
    private ApiPerson visitor() {
        return ApiPerson.from(mvc, "mail-" + UUID.randomUUID());
    }

    /** Asks for a link on the forgot page's form, with its CSRF field, as a browser does. */
    private ApiTest.Answer forgot(ApiPerson client, String email, UnaryOperator<MockHttpServletRequestBuilder> adjust) {
        String page = client.get("/password/forgot").body();
        return client.perform(
                adjust.apply(form("/password/forgot").content("email=" + enc(email) + "&_csrf=" + enc(csrf(page)))));
    }

    private static MockHttpServletRequestBuilder form(String action) {
        return MockMvcRequestBuilders.post(action).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.waitForIncomingEmail(20_000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String linkPath(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the mail holds the link: %s", text).isTrue();
        return link.group(1);
    }

    private static String token(String path) {
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    private static String csrf(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("the page renders a CSRF field").isTrue();
        return token.group(1);
    }

    private static String withoutCsrf(String page) {
        return FORM_TOKEN.matcher(page).replaceAll("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
