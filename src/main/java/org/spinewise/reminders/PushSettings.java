package org.spinewise.reminders;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push, bound from {@code spinewise.push.*} (reminders-api.md, "Keys" and "Subscriptions"). The record
 * checks itself, so a bad setting stops the start naming it.
 *
 * @param allowedHosts  push services reached over https on port 443; {@code *.example.com} allows subdomains
 * @param insecureHosts {@code host:port} pairs reached over plain http: tests and private deployments only
 * @param subject       the VAPID JWT's {@code sub}, a {@code mailto:} or {@code https:} address
 * @param publicKey     the VAPID public key (base64url, uncompressed P-256), or empty to keep one in the database
 * @param privateKey    its private key (base64url), given together with {@code publicKey}
 */
@ConfigurationProperties("spinewise.push")
public record PushSettings(
        @DefaultValue({
            "fcm.googleapis.com",
            "updates.push.services.mozilla.com",
            "web.push.apple.com",
            "*.notify.windows.com"
        })
        List<String> allowedHosts,

        @DefaultValue List<String> insecureHosts,
        @DefaultValue("mailto:reminders@spinewise.invalid") String subject,
        @Nullable String publicKey,
        @Nullable String privateKey) {

    public PushSettings {
        allowedHosts = allowedHosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .toList();
        insecureHosts = insecureHosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .toList();
        for (String pair : insecureHosts) {
            if (!pair.matches("[a-z0-9.-]+:[0-9]{1,5}")) {
                throw new IllegalArgumentException(
                        "spinewise.push.insecure-hosts must list host:port pairs, had '" + pair + "'");
            }
        }
        if (!subject.startsWith("mailto:") && !subject.startsWith("https:")) {
            throw new IllegalArgumentException(
                    "spinewise.push.subject must be a mailto: or https: address, was '" + subject + "'");
        }
        publicKey = publicKey == null || publicKey.isBlank() ? null : publicKey.trim();
        privateKey = privateKey == null || privateKey.isBlank() ? null : privateKey.trim();
        if ((publicKey == null) != (privateKey == null)
                || (publicKey != null && !P256.isPoint(P256.decode(publicKey)))) {
            throw new IllegalArgumentException("spinewise.push.public-key and private-key go together, the public"
                    + " key an uncompressed P-256 point in base64url");
        }
    }

    /** The configured key pair, or null to keep one in the database. */
    @Nullable
    VapidKeys keys() {
        return publicKey == null || privateKey == null ? null : new VapidKeys(publicKey, privateKey);
    }
}
