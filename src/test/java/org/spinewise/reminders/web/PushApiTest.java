package org.spinewise.reminders.web;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.reminders.P256;
import org.spinewise.reminders.RemindersContextTest;
import org.spinewise.reminders.StandInPushService;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** reminders-api.md, "Notifications", "Keys", "Subscriptions" and "Sending", against a stand-in push service. */
public class PushApiTest extends RemindersContextTest {

    private static final String SUBSCRIPTIONS = "/api/v1/me/push-subscriptions";
    private static final String TEST = "/api/v1/me/reminders/test";

    @Test
    void thePublicKeyIsAnUncompressedP256PointForAnyoneAndStaysTheSame() {
        JsonNode key = assertOkJson(ApiPerson.anonymous(mvc).get("/api/v1/push/public-key"));
        assertThat(P256.isPoint(P256.decode(str(key.path("publicKey"))))).isTrue();
        assertThat(assertOkJson(ApiPerson.anonymous(mvc).get("/api/v1/push/public-key")))
                .isEqualTo(key);
    }

    @Test
    void aSubscriptionIsKeptOnceAndRemovedOnlyByItsOwner() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        StandInPushService.Browser browser = PUSH.newBrowser();
        Answer created = person.postJson(SUBSCRIPTIONS, browser.subscriptionJson());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = str(created.json().path("id"));
        Answer again = person.postJson(SUBSCRIPTIONS, browser.subscriptionJson());
        assertThat(again.status()).isEqualTo(200);
        assertThat(str(again.json().path("id"))).isEqualTo(id);

        ApiPerson other = ApiPerson.signUp(mvc, "UTC");
        assertProblem(other.delete(SUBSCRIPTIONS + "/" + id), 404);
        assertThat(person.delete(SUBSCRIPTIONS + "/" + id).status()).isEqualTo(204);
        assertProblem(person.delete(SUBSCRIPTIONS + "/" + id), 404);
        assertProblem(person.delete(SUBSCRIPTIONS + "/not-an-id"), 404);
        assertProblem(ApiPerson.anonymous(mvc).postJson(SUBSCRIPTIONS, browser.subscriptionJson()), 401);
    }

    @Test
    void onlyHttpsOnPort443OfAllowedPushServicesOrAListedInsecureHostIsTaken() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        StandInPushService.Browser browser = PUSH.newBrowser();
        String json = browser.subscriptionJson();
        String endpoint = browser.endpoint();
        for (String refused : new String[] {
            "https://evil.example.com/push/x",
            "http://fcm.googleapis.com/fcm/send/x",
            "https://fcm.googleapis.com:8443/fcm/send/x",
            "https://fcm.googleapis.com.evil.example/x",
            "https://user@fcm.googleapis.com/fcm/send/x",
            "https://notify.windows.com/x",
            "http://127.0.0.1:1/push/x",
            "http://localhost/actuator/health",
            "file:///etc/passwd",
            "not a url"
        }) {
            assertBadRequest(person.postJson(SUBSCRIPTIONS, json.replace(endpoint, refused)), Set.of("endpoint"));
        }
        for (String allowed : new String[] {
            "https://fcm.googleapis.com/fcm/send/abc",
            "https://updates.push.services.mozilla.com:443/wpush/v2/abc",
            "https://web.push.apple.com/QGu",
            "https://wns2-par02p.notify.windows.com/w/?token=abc"
        }) {
            assertThat(person.postJson(SUBSCRIPTIONS, json.replace(endpoint, allowed))
                            .status())
                    .as(allowed)
                    .isEqualTo(201);
        }
    }

    @Test
    void keysMustBeAP256PointAnd16BytesOfAuth() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        StandInPushService.Browser browser = PUSH.newBrowser();
        String json = browser.subscriptionJson();
        byte[] off = P256.decode(browser.p256dh());
        off[64] ^= 1;
        assertBadRequest(
                person.postJson(SUBSCRIPTIONS, json.replace(browser.p256dh(), P256.encode(off))),
                Set.of("keys.p256dh"));
        assertBadRequest(
                person.postJson(SUBSCRIPTIONS, json.replace(browser.authSecret(), P256.encode(new byte[15]))),
                Set.of("keys.auth"));
        assertBadRequest(person.postJson(SUBSCRIPTIONS, json.replace(browser.authSecret(), "!!")), Set.of("keys.auth"));
        assertBadRequest(
                person.postJson(SUBSCRIPTIONS, "{\"endpoint\":\"" + browser.endpoint() + "\"}"), Set.of("keys"));
    }

    @Test
    void aTestPushReachesEachSubscriptionEncryptedAndSignedForThePushServicesOrigin() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(person.postJson(TEST, "").status()).isEqualTo(202);
        StandInPushService.Browser phone = PUSH.newBrowser();
        StandInPushService.Browser laptop = PUSH.newBrowser();
        person.postJson(SUBSCRIPTIONS, phone.subscriptionJson());
        person.postJson(SUBSCRIPTIONS, laptop.subscriptionJson());
        String publicKey =
                str(assertOkJson(person.get("/api/v1/push/public-key")).path("publicKey"));

        assertThat(person.postJson(TEST, "").status()).isEqualTo(202);
        for (StandInPushService.Browser browser : new StandInPushService.Browser[] {phone, laptop}) {
            StandInPushService.Received message = browser.messages().get(0);
            assertThat(browser.messages()).hasSize(1);
            assertThat(str(message.payload().path("title"))).isNotBlank();
            assertThat(str(message.payload().path("body"))).isNotBlank();
            assertThat(str(message.payload().path("url"))).isEqualTo("http://localhost/routine/desk");
            assertThat(message.audience()).isEqualTo(PUSH.origin()); // with its port
            assertThat(message.signedBy()).isEqualTo(publicKey);
            assertThat(message.headers().get("Content-Encoding")).isEqualTo("aes128gcm");
            assertThat(message.headers().get("Urgency")).isEqualTo("normal");
            assertThat(Long.parseLong(message.headers().get("TTL"))).isPositive();
        }
    }

    @Test
    void atMostFiveTestPushesAMinute() {
        clock.set("2026-12-07T10:00:00Z");
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        for (int i = 0; i < 5; i++) {
            assertThat(person.postJson(TEST, "").status()).isEqualTo(202);
            clock.advance(Duration.ofSeconds(5));
        }
        assertProblem(person.postJson(TEST, ""), 429);
        clock.advance(Duration.ofSeconds(30)); // the first was 55 s ago
        assertProblem(person.postJson(TEST, ""), 429);
        clock.advance(Duration.ofSeconds(6)); // and now 61 s
        assertThat(person.postJson(TEST, "").status()).isEqualTo(202);
        assertThat(ApiPerson.signUp(mvc, "UTC").postJson(TEST, "").status()).isEqualTo(202);
    }

    @Test
    void aSubscriptionThePushServiceNoLongerKnowsIsRemoved() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        StandInPushService.Browser gone = PUSH.newBrowser();
        StandInPushService.Browser unknown = PUSH.newBrowser();
        String goneId = str(
                person.postJson(SUBSCRIPTIONS, gone.subscriptionJson()).json().path("id"));
        String unknownId = str(person.postJson(SUBSCRIPTIONS, unknown.subscriptionJson())
                .json()
                .path("id"));
        gone.answer(410);
        unknown.answer(404);
        assertThat(person.postJson(TEST, "").status()).isEqualTo(202);
        assertProblem(person.delete(SUBSCRIPTIONS + "/" + goneId), 404);
        assertProblem(person.delete(SUBSCRIPTIONS + "/" + unknownId), 404);
    }
}
