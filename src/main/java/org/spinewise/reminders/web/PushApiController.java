package org.spinewise.reminders.web;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PathId;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.reminders.P256;
import org.spinewise.reminders.PushSubscriptions;
import org.spinewise.reminders.VapidKeyStore;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Web Push for reminders (reminders-api.md, "Notifications"): the server's key, subscriptions, a test. */
@RestController
@RequiredArgsConstructor
class PushApiController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final int MAX_ENDPOINT = 2048;
    private static final int AUTH_BYTES = 16;

    private final PushSubscriptions subscriptions;
    private final VapidKeyStore keys;

    @GetMapping(
            path = "/api/v1/push/public-key",
            produces = {JSON, PROBLEM})
    Map<String, String> publicKey() {
        return Map.of("publicKey", keys.keys().publicKey());
    }

    @PostMapping(
            path = "/api/v1/me/push-subscriptions",
            produces = {JSON, PROBLEM})
    ResponseEntity<Map<String, String>> subscribe(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        String endpoint = fields.text("endpoint", MAX_ENDPOINT);
        if (endpoint != null && !subscriptions.allowed(endpoint)) {
            fields.error("endpoint", Messages.t("reminders.push.endpoint"));
        }
        JsonFields keyFields = fields.object("keys");
        String p256dh = keyFields == null ? null : key(keyFields, "p256dh", -1);
        String auth = keyFields == null ? null : key(keyFields, "auth", AUTH_BYTES);
        fields.throwIfInvalid();
        if (endpoint == null || p256dh == null || auth == null) {
            throw new IllegalStateException("a read without errors left a field empty");
        }
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        PushSubscriptions.Subscribed subscribed =
                subscriptions.subscribe(person.accountId(), endpoint, p256dh, auth, origin);
        Map<String, String> answer = Map.of("id", subscribed.id().toString());
        return subscribed.created()
                ? ResponseEntity.created(URI.create("/api/v1/me/push-subscriptions/" + subscribed.id()))
                        .body(answer)
                : ResponseEntity.ok(answer);
    }

    @DeleteMapping(
            path = "/api/v1/me/push-subscriptions/{id}",
            produces = {JSON, PROBLEM})
    ResponseEntity<Void> unsubscribe(@SignedIn SignedInPerson person, @PathId("push subscription") UUID id) {
        if (!subscriptions.unsubscribe(person.accountId(), id)) {
            throw new ResourceNotFoundException("push subscription", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            path = "/api/v1/me/reminders/test",
            produces = {JSON, PROBLEM})
    ResponseEntity<?> test(@SignedIn SignedInPerson person) {
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        if (!subscriptions.sendTest(person.accountId(), origin)) {
            ProblemDetail tooMany = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    Messages.t("reminders.problem.tests", PushSubscriptions.TESTS_PER_WINDOW));
            tooMany.setTitle(Messages.t("account.problem.tooMany.title"));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", "60")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(tooMany);
        }
        return ResponseEntity.accepted().build();
    }

    /** A key in base64url (padding and the standard alphabet tolerated): a P-256 point, or {@code bytes} long. */
    private static @Nullable String key(JsonFields fields, String name, int bytes) {
        String text = fields.text(name, 256);
        if (text == null) {
            return null;
        }
        byte[] raw;
        try {
            raw = P256.decode(text.replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException notBase64) {
            raw = new byte[0];
        }
        boolean fits = bytes < 0 ? P256.isPoint(raw) : raw.length == bytes;
        if (!fits) {
            fields.error(name, bytes < 0 ? Messages.t("reminders.push.p256") : Messages.t("reminders.push.auth"));
            return null;
        }
        return P256.encode(raw);
    }
}
