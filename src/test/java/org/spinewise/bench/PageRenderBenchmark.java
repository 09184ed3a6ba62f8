package org.spinewise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.spinewise.ApiRequests;
import org.spinewise.SpinewiseApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of a page, measured from outside: Spinewise runs on a random
 * loopback port with a throw-away database, and each call is a whole HTTP
 * request (routing, the controller, the precompiled template, the response).
 * Run with {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args="PageRenderBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageRenderBenchmark {

    private static final String ANSWERS = ApiRequests.everyAnswerNoAsForm();

    /** Spinewise on a random loopback port, once per run. */
    @State(Scope.Benchmark)
    public static class Server {

        private ConfigurableApplicationContext app;
        // Keeps the CSRF cookie as a browser does; the form carries the token its page gave.
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        private String base;
        private String csrfField;

        @Setup(Level.Trial)
        public void start() throws IOException, InterruptedException {
            app = SpringApplication.run(
                    SpinewiseApplication.class,
                    "--server.port=0",
                    "--spinewise.data-dir=" + Files.createTempDirectory("spinewise-bench"),
                    "--logging.level.root=WARN");
            base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            csrfField = csrfFieldOf(send(
                    this,
                    HttpRequest.newBuilder(URI.create(base + "/screening")).build()));
        }

        @TearDown(Level.Trial)
        public void stop() {
            app.close();
        }
    }

    /** The pages a person opens by link. */
    @State(Scope.Benchmark)
    public static class Page {

        @Param({
            "/",
            "/screening",
            "/library",
            "/library/knee-to-chest",
            "/learn/why-backs-pop",
            "/search?q=why+does+my+back+pop",
            "/therapy"
        })
        public String path;
    }

    @Benchmark
    public String getPage(Server server, Page page) throws IOException, InterruptedException {
        return send(
                server,
                HttpRequest.newBuilder(URI.create(server.base + page.path)).build());
    }

    /** The safety check's result page, which screens the submitted form first. */
    @Benchmark
    public String postScreeningResult(Server server) throws IOException, InterruptedException {
        return send(
                server,
                HttpRequest.newBuilder(URI.create(server.base + "/screening"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "age=40&painLevel=2&onset=days" + ANSWERS + server.csrfField))
                        .build());
    }

    private static String csrfFieldOf(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the safety check page has no CSRF field");
        }
        return "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String send(Server server, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
