package org.spinewise.reminders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The {@code Authorization: vapid} header of RFC 8292: an ES256 JWT for the push service's origin. The origin
 * keeps a port that is not its scheme's default, since the push service checks {@code aud} against its own.
 */
public final class Vapid {

    private static final Duration LIFETIME = Duration.ofHours(12);

    private Vapid() {}

    /** {@code scheme://host[:port]} of an endpoint, the port left out when it is the scheme's default. */
    public static String audience(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort =
                port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    public static String header(URI endpoint, String subject, VapidKeys keys, Instant now)
            throws GeneralSecurityException {
        String head = P256.encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"aud\":" + quoted(audience(endpoint)) + ",\"exp\":"
                + now.plus(LIFETIME).getEpochSecond() + ",\"sub\":" + quoted(subject) + "}";
        String signed = head + "." + P256.encode(claims.getBytes(StandardCharsets.UTF_8));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        ECPrivateKey key = P256.privateKey(P256.decode(keys.privateKey()));
        es256.initSign(key);
        es256.update(signed.getBytes(StandardCharsets.US_ASCII));
        return "vapid t=" + signed + "." + P256.encode(es256.sign()) + ", k=" + keys.publicKey();
    }

    /** A JSON string of text that the server chose (an origin, a mailto: or https: address). */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
