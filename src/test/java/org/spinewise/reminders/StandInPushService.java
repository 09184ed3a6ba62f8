package org.spinewise.reminders;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push service on this machine for tests (RFC 8030's receiving side): it takes messages for browsers it made
 * keys for, checks their VAPID token, decrypts them as the browser would and keeps what it read. A browser can
 * be told to answer with another status (410 for one that unsubscribed, 429 for a busy service).
 */
public final class StandInPushService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One for the whole test run, so that its port can be in the application's settings. */
    public static final StandInPushService SHARED = start();

    private final HttpServer server;
    private final Map<String, Browser> browsers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** A browser's subscription: its keys and how its push service answers. */
    public final class Browser {
        final String token;
        final KeyPair keys = P256.generate();
        final byte[] auth = new byte[16];
        volatile int status = 201;

        Browser(String token) {
            this.token = token;
            RANDOM.nextBytes(auth);
        }

        public String endpoint() {
            return origin() + "/push/" + token;
        }

        public String p256dh() {
            return P256.encode(P256.raw((ECPublicKey) keys.getPublic()));
        }

        public String authSecret() {
            return P256.encode(auth);
        }

        /** The browser's {@code PushSubscription.toJSON()}. */
        public String subscriptionJson() {
            return "{\"endpoint\":\"" + endpoint() + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh()
                    + "\",\"auth\":\"" + authSecret() + "\"}}";
        }

        public void answer(int status) {
            this.status = status;
        }

        public List<Received> messages() {
            return received.stream()
                    .filter(message -> message.token().equals(token))
                    .toList();
        }
    }

    /**
     * A message as the push service got it.
     *
     * @param audience the VAPID token's {@code aud}; {@code signedBy} the key in its {@code k=}
     */
    public record Received(
            String token, JsonNode payload, Map<String, String> headers, String audience, String signedBy) {}

    private StandInPushService(HttpServer server) {
        this.server = server;
        server.createContext("/push/", this::handle);
        server.start();
    }

    private static StandInPushService start() {
        try {
            return new StandInPushService(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String origin() {
        return "http://" + hostPort();
    }

    public Browser newBrowser() {
        Browser browser = new Browser(P256.encode(randomBytes()));
        browsers.put(browser.token, browser);
        return browser;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String token = exchange.getRequestURI().getPath().substring("/push/".length());
            Browser browser = browsers.get(token);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (browser == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (browser.status == 201) {
                received.add(read(browser, exchange, body));
            }
            exchange.sendResponseHeaders(browser.status, -1);
        } catch (Exception e) {
            throw new IOException("the stand-in push service could not read a message", e);
        }
    }

    private Received read(Browser browser, HttpExchange exchange, byte[] body) throws Exception {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String key = authorization.substring(authorization.indexOf(", k=") + 4);
        String[] parts = token.split("\\.");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(P256.publicKey(P256.decode(key)));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!es256.verify(P256.decode(parts[2]))) {
            throw new IllegalStateException("a VAPID token whose signature does not hold");
        }
        JsonNode claims = JSON.readTree(P256.decode(parts[1]));
        byte[] plain = PushDecryption.decrypt(
                body,
                P256.raw((ECPrivateKey) browser.keys.getPrivate()),
                P256.raw((ECPublicKey) browser.keys.getPublic()),
                browser.auth);
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        return new Received(
                browser.token, JSON.readTree(plain), headers, claims.path("aud").asString(), key);
    }
}
