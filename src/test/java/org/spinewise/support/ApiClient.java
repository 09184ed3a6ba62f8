package org.spinewise.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the HTTP API over a real socket, for tests against a running server: it keeps its cookies
 * (the session and the CSRF cookie) like a browser and sends the CSRF header on every change, as
 * account-api.md asks. Safe to share between threads once signed in.
 */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Longer than the app's 3 s database timeout, so an outage answers 503 instead of timing out here. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final URI base;
    private final HttpClient http;
    private volatile String csrfToken;

    public ApiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** An HTTP answer as a client sees it. */
    public record Answer(int status, String contentType, String retryAfter, String body) {

        public boolean successful() {
            return status / 100 == 2;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Answer signUp(String email, String password) throws IOException, InterruptedException {
        return changeCredentials("/api/v1/account", email, password);
    }

    public Answer signIn(String email, String password) throws IOException, InterruptedException {
        return changeCredentials("/api/v1/session", email, password);
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Answer put(String path, String json) throws IOException, InterruptedException {
        return send(change(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path, String json) throws IOException, InterruptedException {
        return send(change(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The token changes at sign-up and sign-in (the contract), so it is fetched again after either. */
    private Answer changeCredentials(String path, String email, String password)
            throws IOException, InterruptedException {
        csrfToken = null;
        String credentials = JSON.writeValueAsString(
                JSON.createObjectNode().put("email", email).put("password", password));
        Answer answer = post(path, credentials);
        csrfToken = null;
        return answer;
    }

    private HttpRequest.Builder change(String path) throws IOException, InterruptedException {
        return request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken());
    }

    private String csrfToken() throws IOException, InterruptedException {
        String token = csrfToken;
        if (token == null) {
            Answer answer = get("/api/v1/csrf");
            if (answer.status() != 200) {
                throw new IOException("GET /api/v1/csrf answered " + answer.status() + ": " + answer.body());
            }
            token = answer.json().path("token").asString();
            csrfToken = token;
        }
        return token;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body());
    }
}
