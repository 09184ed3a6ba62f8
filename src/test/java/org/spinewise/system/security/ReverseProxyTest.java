package org.spinewise.system.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spinewise.support.EnabledWithNginx;
import org.spinewise.support.Nginx;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spinewise behind Debian's nginx, configured as the README says (issue 20, point 4): the client's address,
 * not the proxy's, is what the sign-in throttle counts; forwarding headers count only from the trusted proxy;
 * over TLS the cookies are {@code Secure} and HSTS is sent. The throttle allows 3 failures per address here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
            "spinewise.sign-in.max-failures-per-address=3"
        })
@EnabledWithNginx
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReverseProxyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Nginx nginx;

    @BeforeAll
    void startNginx() throws Exception {
        assertThat(Nginx.PROXY_ADDRESS).isEqualTo("127.0.0.2");
        nginx = Nginx.start(port);
    }

    @AfterAll
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void behindTheProxyEachClientsOwnAddressIsThrottled() throws IOException {
        FromAddress first = new FromAddress("127.0.0.3", nginx.httpPort());
        for (int i = 0; i < 3; i++) {
            assertThat(failedSignIn(first, Map.of())).isEqualTo(401);
        }

        assertThat(failedSignIn(first, Map.of())).isEqualTo(429);
        assertThat(failedSignIn(new FromAddress("127.0.0.4", nginx.httpPort()), Map.of()))
                .as("another person behind the same proxy")
                .isEqualTo(401);
    }

    @Test
    void aForwardedForTheClientSendsThroughTheProxyIsIgnored() throws IOException {
        FromAddress client = new FromAddress("127.0.0.5", nginx.httpPort());
        for (int i = 0; i < 3; i++) {
            assertThat(failedSignIn(client, Map.of("X-Forwarded-For", "10.0.0." + i)))
                    .isEqualTo(401);
        }

        assertThat(failedSignIn(client, Map.of("X-Forwarded-For", "10.0.0.9"))).isEqualTo(429);
    }

    @Test
    void forwardingHeadersFromAnUntrustedAddressAreIgnored() throws IOException {
        FromAddress direct = new FromAddress("127.0.0.6", port);
        for (int i = 0; i < 3; i++) {
            assertThat(failedSignIn(direct, forged(i))).isEqualTo(401);
        }

        assertThat(failedSignIn(direct, forged(9))).isEqualTo(429);
        FromAddress.Answer csrf = direct.send("GET", "/api/v1/csrf", forged(10), "");
        assertThat(csrf.header("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("XSRF-TOKEN=")
                .doesNotContain("Secure");
        assertThat(csrf.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overTlsCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trusting()).build();
        URI base = URI.create("https://localhost:" + nginx.httpsPort());

        HttpResponse<String> csrf = https.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/csrf")).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(csrf.body()).path("token").asString();

        assertThat(csrf.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(csrf.headers().allValues("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("__Host-XSRF-TOKEN=" + token + ";")
                .contains("Secure", "Path=/");
        HttpResponse<String> signedUp = https.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/account"))
                        .header("Cookie", "__Host-XSRF-TOKEN=" + token)
                        .header("X-XSRF-TOKEN", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials("quiet-river-stone-42")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(201);
        assertThat(signedUp.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("__Host-XSRF-TOKEN=").contains("Secure"));
    }

    /** Claims of another client address and of TLS, in each way a client could make them. */
    private static Map<String, String> forged(int n) {
        return Map.of(
                "X-Forwarded-For", "10.1.1." + n,
                "X-Forwarded-Proto", "https",
                "Forwarded", "for=10.2.2." + n + ";proto=https");
    }

    /** A sign-in with a wrong password for an unknown email, with a CSRF token fetched the same way first. */
    private static int failedSignIn(FromAddress client, Map<String, String> extra) throws IOException {
        FromAddress.Answer csrf = client.send("GET", "/api/v1/csrf", extra, "");
        assertThat(csrf.status()).as(csrf.body()).isEqualTo(200);
        String token = JSON.readTree(csrf.body()).path("token").asString();
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Cookie", "XSRF-TOKEN=" + token);
        headers.put("X-XSRF-TOKEN", token);
        headers.put("Content-Type", "application/json");
        return client.send("POST", "/api/v1/session", headers, credentials("wrong-password-1"))
                .status();
    }

    private static String credentials(String password) {
        return JSON.writeValueAsString(JSON.createObjectNode()
                .put("email", "proxy-" + UUID.randomUUID() + "@example.org")
                .put("password", password));
    }

    private SSLContext trusting() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(nginx.certificate())) {
            trusted.setCertificateEntry(
                    "nginx", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
