package org.spinewise.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.spinewise.account.PasswordResets;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /me/account}: the password, the email and the time zone, each changed only with what it asks for;
 * a refusal says why next to its field and changes nothing.
 */
class AccountSettingsPageTest extends ApiTest {

    @Autowired
    PasswordResets resets;

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");

        Answer refused = ana.submitForm(
                "/me/account", "/me/account/password", "currentPassword=not-it-at-all&newPassword=brand-new-words-77");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body())
                .contains("id=\"password-current-error\">That password is not right. Nothing was changed.");
        assertThat(signIn(ana.email(), ana.password()).status()).isEqualTo(200);
        assertThat(signIn(ana.email(), "brand-new-words-77").status()).isEqualTo(401);
    }

    @Test
    void aNewPasswordFollowsTheSignUpRules() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");

        Answer common = ana.submitForm(
                "/me/account",
                "/me/account/password",
                "currentPassword=" + enc(ana.password()) + "&newPassword=password1");
        Answer empty = ana.submitForm("/me/account", "/me/account/password", "currentPassword=&newPassword=");

        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("id=\"password-new-error\">This password is on a list of common passwords");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body())
                .contains("id=\"password-current-error\">Enter your current password.")
                .contains("id=\"password-new-error\">Enter a new password.");
        assertThat(signIn(ana.email(), ana.password()).status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsKeepsThisOneAndVoidsResetLinks() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ApiPerson otherDevice = ApiPerson.from(mvc, uniqueAddress());
        assertThat(otherDevice.signIn(ana.email(), ana.password()).status()).isEqualTo(200);
        String link = resets.issueFor(ana.email()).orElseThrow().token();
        String sessionBefore = ana.cookie("SESSION");

        Answer changed = ana.submitForm(
                "/me/account",
                "/me/account/password",
                "currentPassword=" + enc(ana.password()) + "&newPassword=quiet-river-stones-31");

        assertThat(changed.status()).isEqualTo(302);
        assertThat(ana.cookie("SESSION")).as("a fresh session id").isNotEqualTo(sessionBefore);
        assertThat(ana.get("/api/v1/me").status()).as("still signed in here").isEqualTo(200);
        assertThat(ana.get("/me/account?done=password").body()).contains("Your password is changed.");
        assertThat(otherDevice.get("/api/v1/me").status())
                .as("the other device")
                .isEqualTo(401);
        assertThat(resets.accountFor(link)).as("the reset link sent before").isEmpty();
        assertThat(signIn(ana.email(), ana.password()).status()).isEqualTo(401);
        assertThat(signIn(ana.email(), "quiet-river-stones-31").status()).isEqualTo(200);
    }

    @Test
    void theEmailChangesOnlyWithThePasswordAndToAFreeAddress() {
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        ApiPerson bea = ApiPerson.signUp(mvc, "UTC");
        String fresh = "ana-" + UUID.randomUUID() + "@example.org";

        Answer wrong = ana.submitForm(
                "/me/account", "/me/account/email", "email=" + enc(fresh) + "&currentPassword=not-it-at-all");
        Answer taken = ana.submitForm(
                "/me/account",
                "/me/account/email",
                "email=" + enc(bea.email().toUpperCase(java.util.Locale.ROOT)) + "&currentPassword="
                        + enc(ana.password()));
        Answer malformed = ana.submitForm(
                "/me/account", "/me/account/email", "email=not-an-email&currentPassword=" + enc(ana.password()));
        Answer unconfirmed =
                ana.submitForm("/me/account", "/me/account/email", "email=" + enc(fresh) + "&currentPassword=");

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).contains("id=\"email-current-error\">That password is not right.");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"email-new-error\">Another account uses this email.");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"email-new-error\">Enter an email address such as");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body())
                .contains("id=\"email-current-error\">Enter your current password.")
                .contains("value=\"" + fresh + "\"");
        assertThat(ana.get("/api/v1/me").json().path("email").asString()).isEqualTo(ana.email());

        Answer changed = ana.submitForm(
                "/me/account", "/me/account/email", "email=" + enc(fresh) + "&currentPassword=" + enc(ana.password()));

        assertThat(changed.status()).isEqualTo(302);
        assertThat(ana.get("/api/v1/me").json().path("email").asString()).isEqualTo(fresh);
        assertThat(signIn(fresh, ana.password()).status()).isEqualTo(200);
        assertThat(signIn(ana.email(), ana.password()).status()).isEqualTo(401);
    }

    @Test
    void theTimeZoneIsChosenFromTheListAndEveryOpenSessionFollowsIt() {
        ApiPerson ana = ApiPerson.signUp(mvc, "Pacific/Pago_Pago");
        ApiPerson otherDevice = ApiPerson.from(mvc, uniqueAddress());
        assertThat(otherDevice.signIn(ana.email(), ana.password()).status()).isEqualTo(200);
        // 25 hours ahead of Pago Pago: its today is always Pago Pago's tomorrow, a day too late for a check-in there
        String kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();

        assertThat(ana.get("/me/account").body()).contains("<option value=\"Pacific/Pago_Pago\" selected>");
        Answer bad = ana.submitForm("/me/account", "/me/account/time-zone", "timeZone=Mars%2FOlympus");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"time-zone-error\">Choose a time zone from the list.");
        assertThat(ana.get("/api/v1/me").json().path("timeZone").asString()).isEqualTo("Pacific/Pago_Pago");

        Answer changed = ana.submitForm("/me/account", "/me/account/time-zone", "timeZone=Pacific%2FKiritimati");

        assertThat(changed.status()).isEqualTo(302);
        assertThat(ana.get("/api/v1/me").json().path("timeZone").asString()).isEqualTo("Pacific/Kiritimati");
        assertThat(ana.get("/me").body()).contains("Times are shown in Pacific/Kiritimati.");
        assertThat(otherDevice
                        .putJson(
                                "/api/v1/checkins/" + kiritimatiToday,
                                "{\"pain\": 2, \"stiffness\": 3, \"sittingHours\": 4}")
                        .status())
                .as("the other device's session counts days in the new time zone")
                .isEqualTo(201);
    }

    @Test
    void thePagesNeedAnAccount() {
        assertThat(ApiPerson.anonymous(mvc).get("/me/account").status()).isEqualTo(302);
    }

    private Answer signIn(String email, String password) {
        return ApiPerson.from(mvc, uniqueAddress()).signIn(email, password);
    }

    private static String uniqueAddress() {
        return "settings-" + UUID.randomUUID();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
