package org.spinewise.reminders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one encrypted message to one subscription (RFC 8030 with VAPID and {@code aes128gcm}) and tells what
 * the push service answered. The endpoint is checked against the allow-list again here, and redirects are
 * never followed, so no stored or redirected address reaches anywhere else.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);

    /** What became of one message. */
    public enum Outcome {
        DELIVERED,
        /** 404 or 410: the subscription is gone and has been removed. */
        GONE,
        /** 429 or 5xx, or no answer: worth another try later. */
        RETRY,
        FAILED
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final PushEndpoints endpoints;
    private final VapidKeyStore keys;
    private final PushSettings settings;
    private final PushSubscriptionRepository subscriptions;
    private final Clock clock;

    public Outcome send(PushSubscription to, byte[] payload, Duration timeToLive) {
        URI endpoint = endpoints.allowed(to.endpoint());
        if (endpoint == null) {
            log.warn("Push endpoint of subscription {} is no longer allowed; not sent", to.id());
            return Outcome.FAILED;
        }
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(10))
                    .header("TTL", Long.toString(timeToLive.toSeconds()))
                    .header("Urgency", "normal")
                    .header("Content-Encoding", "aes128gcm")
                    .header("Content-Type", "application/octet-stream")
                    .header("Authorization", Vapid.header(endpoint, settings.subject(), keys.keys(), clock.instant()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            PushEncryption.encrypt(payload, P256.decode(to.p256dh()), P256.decode(to.auth()))))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (GeneralSecurityException e) {
            log.warn("Push to subscription {} could not be encrypted: {}", to.id(), e.toString());
            return Outcome.FAILED;
        } catch (IOException e) {
            log.info("Push service of subscription {} did not answer: {}", to.id(), e.toString());
            return Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        }
        return outcome(to, status);
    }

    private Outcome outcome(PushSubscription to, int status) {
        if (status == 404 || status == 410) {
            subscriptions.forget(to.id());
            return Outcome.GONE;
        }
        if (status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        log.warn("Push service refused subscription {} with status {}", to.id(), status);
        return Outcome.FAILED;
    }
}
