package org.spinewise.reminders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8291's own test vector (its Appendix A), and the VAPID header of RFC 8292. */
class PushEncryptionTest {

    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String BODY =
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCY"
                    + "LocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulc"
                    + "y4a-fN";

    @Test
    void encryptsTheRfcTestVectorToTheRfcsBody() throws Exception {
        KeyPair asKeys = new KeyPair(P256.publicKey(P256.decode(AS_PUBLIC)), P256.privateKey(P256.decode(AS_PRIVATE)));
        byte[] body = PushEncryption.encrypt(
                PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                P256.decode(UA_PUBLIC),
                P256.decode(AUTH),
                asKeys,
                P256.decode(SALT));
        assertThat(P256.encode(body)).isEqualTo(BODY);
    }

    @Test
    void theBrowsersSideReadsTheRfcBodyAndAFreshlyEncryptedOne() throws Exception {
        byte[] uaPrivate = P256.decode(UA_PRIVATE);
        byte[] uaPublic = P256.decode(UA_PUBLIC);
        byte[] auth = P256.decode(AUTH);
        assertThat(new String(
                        PushDecryption.decrypt(P256.decode(BODY), uaPrivate, uaPublic, auth), StandardCharsets.UTF_8))
                .isEqualTo(PLAINTEXT);
        byte[] fresh = PushEncryption.encrypt("{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8), uaPublic, auth);
        assertThat(new String(PushDecryption.decrypt(fresh, uaPrivate, uaPublic, auth), StandardCharsets.UTF_8))
                .isEqualTo("{\"title\":\"x\"}");
    }

    @Test
    void tellsAPointOnTheCurveFromOtherBytes() {
        assertThat(P256.isPoint(P256.decode(UA_PUBLIC))).isTrue();
        byte[] off = P256.decode(UA_PUBLIC);
        off[64] ^= 1;
        assertThat(P256.isPoint(off)).isFalse();
        assertThat(P256.isPoint(new byte[65])).isFalse();
        assertThat(P256.isPoint(P256.decode(AUTH))).isFalse();
    }

    @Test
    void theVapidTokenIsSignedForTheOriginWithItsPort() throws Exception {
        KeyPair pair = P256.generate();
        VapidKeys keys = new VapidKeys(
                P256.encode(P256.raw((java.security.interfaces.ECPublicKey) pair.getPublic())),
                P256.encode(P256.raw((java.security.interfaces.ECPrivateKey) pair.getPrivate())));
        String header = Vapid.header(
                URI.create("http://127.0.0.1:8443/push/abc"),
                "mailto:team@example.org",
                keys,
                Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(header).startsWith("vapid t=").endsWith(", k=" + keys.publicKey());
        String token = header.substring("vapid t=".length(), header.indexOf(','));
        String[] parts = token.split("\\.");
        JsonNode claims = JsonMapper.builder().build().readTree(P256.decode(parts[1]));
        assertThat(claims.path("aud").asString()).isEqualTo("http://127.0.0.1:8443");
        assertThat(claims.path("sub").asString()).isEqualTo("mailto:team@example.org");
        assertThat(claims.path("exp").asLong())
                .isEqualTo(Instant.parse("2026-12-07T22:00:00Z").getEpochSecond());
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(P256.publicKey(P256.decode(keys.publicKey())));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(P256.decode(parts[2]))).isTrue();
        assertThat(Vapid.audience(URI.create("https://fcm.googleapis.com:443/fcm/send/x")))
                .isEqualTo("https://fcm.googleapis.com");
    }
}
