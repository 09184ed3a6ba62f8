package org.spinewise.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/spinewise.jar}) running in a JVM of its own, so a test can
 * kill it with SIGKILL as a power cut or the OOM killer would. Its output is appended to a log file
 * under {@code target/} for diagnosis. Use it in try-with-resources or close it in teardown: closing
 * kills the process.
 */
public final class SpinewiseServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    /**
     * Tuned for start-up, which dominates these tests on a 2-core machine (about 5 s instead of 15);
     * what is tested, commits reaching the disk before the answer, does not depend on the JIT.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private final Process process;
    private final int port;
    private final Path log;

    private SpinewiseServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar on a free port with the given application arguments and waits until
     * {@code /actuator/health} answers UP.
     */
    public static SpinewiseServer start(List<String> arguments, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        Files.writeString(
                log,
                "\n=== " + Instant.now() + " " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var server = new SpinewiseServer(process, port, log);
        try {
            server.awaitHealthy();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux): no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Spinewise exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting: poll again.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Spinewise was not healthy within " + START_DEADLINE + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Failsafe passes the packaged jar's path; from an IDE, the jar {@code ./mvnw package} made. */
    private static Path jar() {
        Path jar = Path.of(System.getProperty("spinewise.jar", "target/spinewise.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run these tests with ./mvnw verify (after package)");
        }
        return jar;
    }
}
