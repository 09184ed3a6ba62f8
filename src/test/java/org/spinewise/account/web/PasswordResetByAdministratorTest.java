package org.spinewise.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without mail (the test configuration sets no {@code spring.mail.host}), the forgotten-password page sends the
 * person to the clinic's administrator, who makes a single-use link on {@code /admin}.
 */
class PasswordResetByAdministratorTest extends ApiTest {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*/password/reset\\?token=[^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

    /** The person who forgot her password. */
    private ApiPerson ana;

    @BeforeEach
    void signUpAna() {
        ana = ApiPerson.signUp(mvc, "UTC");
    }

    @Test
    void withoutMailTheForgotPageNamesTheAdministratorAndMakesNoLink() {
        ApiPerson visitor = ApiPerson.from(mvc, "forgot-" + UUID.randomUUID());

        assertThat(visitor.get("/signin").body()).contains("<a href=\"/password/forgot\">Forgot your password?</a>");
        assertThat(visitor.get("/password/forgot").body())
                .contains("Ask the administrator of your clinic for a link")
                .doesNotContain("action=\"/password/forgot\"");
        Answer posted = visitor.submitForm("/signin", "/password/forgot", "email=" + enc(ana.email()));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("Ask the administrator of your clinic for a link");
        assertThat(tokensOf(ana)).isZero();
    }

    @Test
    void anAdministratorMakesALinkThatWorksOnceAndEndsEverySession() {
        ApiPerson admin = administrator();

        Answer issued = askForLink(admin, enc(ana.email().toUpperCase()), 200);

        assertThat(issued.body()).contains("Give this link to " + ana.email() + " yourself.");
        String link = link(issued.body());
        assertThat(link).startsWith("http://localhost/password/reset?token=");
        assertThat(admin.get("/admin").body()).as("shown once").doesNotContain("/password/reset?token=");
        assertThat(tokensOf(ana)).isOne();

        ApiPerson stranger = ApiPerson.from(mvc, "reset-" + UUID.randomUUID());
        String path = link.substring("http://localhost".length());
        Answer mismatch = stranger.submitForm(
                path,
                "/password/reset",
                "token=" + token(link) + "&password=a-fresh-start-here&confirm=a-fresh-start-hers");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"confirm-error\">The two passwords are not the same.");
        Answer common = stranger.submitForm(
                path, "/password/reset", "token=" + token(link) + "&password=password1&confirm=password1");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("id=\"password-error\">This password is on a list of common passwords");

        Answer reset = stranger.submitForm(
                path,
                "/password/reset",
                "token=" + token(link) + "&password=a-fresh-start-here&confirm=a-fresh-start-here");

        assertThat(reset.status()).isEqualTo(302);
        assertThat(ana.get("/api/v1/me").status())
                .as("the person's old session")
                .isEqualTo(401);
        assertThat(stranger.get("/signin?reset=done").body())
                .contains("Your password is changed, and you are signed out");
        assertThat(ApiPerson.from(mvc, "reset-" + UUID.randomUUID())
                        .signIn(ana.email(), "a-fresh-start-here")
                        .status())
                .isEqualTo(200);
        assertThat(stranger.get(path).status()).as("the link, a second time").isEqualTo(404);
        assertThat(stranger.get(path).body()).contains("This link does not work");
        assertThat(tokensOf(ana)).isZero();
    }

    @Test
    void onlyAnAdministratorMakesLinksAndAnUnknownEmailIsNamed() {
        ApiPerson admin = administrator();

        Answer unknown = askForLink(admin, "nobody-" + UUID.randomUUID() + "%40example.org", 404);
        assertThat(unknown.body()).contains("id=\"reset-email-error\">No account has this email.");

        Answer notAdmin = ana.submitForm("/me", "/admin/password-resets", "email=" + enc(ana.email()));
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(tokensOf(ana)).isZero();
    }

    @Test
    void aTokenThatWasNeverIssuedOpensNothing() {
        ApiPerson visitor = ApiPerson.from(mvc, "reset-" + UUID.randomUUID());

        assertThat(visitor.get("/password/reset?token=" + "A".repeat(43)).status())
                .isEqualTo(404);
        assertThat(visitor.get("/password/reset?token=%00%27%3Cscript%3E").status())
                .isEqualTo(404);
        assertThat(visitor.get("/password/reset").status()).isEqualTo(404);
    }

    private ApiPerson administrator() {
        ApiPerson admin = ApiPerson.signUp(mvc, "UTC");
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(admin.email())
                .update();
        return admin;
    }

    /** The administrator asks on {@code /admin} for a reset link for the (form-encoded) email. */
    private static Answer askForLink(ApiPerson admin, String email, int status) {
        Answer answer = admin.submitForm("/admin", "/admin/password-resets", "email=" + email);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }

    private int tokensOf(ApiPerson person) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset r JOIN account a ON a.id = r.account_id WHERE a.email = ?")
                .param(person.email())
                .query(Integer.class)
                .single();
    }

    private static String link(String page) {
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the page shows a reset link").isTrue();
        return HtmlUtils.htmlUnescape(link.group(1));
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
