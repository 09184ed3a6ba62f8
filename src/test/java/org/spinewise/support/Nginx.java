package org.spinewise.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in front of a running Spinewise, configured as the README's reverse proxy configuration
 * (plain HTTP and TLS with a self-signed certificate this class makes with openssl), in a directory of its
 * own under {@code target/}. It connects to the application from {@value #PROXY_ADDRESS}, so the application
 * can tell it from a client that connects directly. Close it to stop nginx.
 */
public final class Nginx implements AutoCloseable {

    public static final String EXECUTABLE = "/usr/sbin/nginx";
    public static final String OPENSSL = "/usr/bin/openssl";

    /** The address nginx connects to the application from: the one to configure as a trusted proxy. */
    public static final String PROXY_ADDRESS = "127.0.0.2";

    private final Process process;
    private final int httpPort;
    private final int httpsPort;
    private final Path certificate;

    private Nginx(Process process, int httpPort, int httpsPort, Path certificate) {
        this.process = process;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.certificate = certificate;
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(EXECUTABLE)) && Files.isExecutable(Path.of(OPENSSL));
    }

    /** Starts nginx in front of the application on {@code appPort} and waits until both its ports answer. */
    public static Nginx start(int appPort) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(
                List.of(
                        OPENSSL,
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=localhost",
                        "-addext",
                        "subjectAltName=DNS:localhost,IP:127.0.0.1",
                        "-keyout",
                        key.toString(),
                        "-out",
                        certificate.toString()),
                dir.resolve("openssl.log"));
        int httpPort = freePort();
        int httpsPort = freePort();
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir, appPort, httpPort, httpsPort, certificate, key));
        Process process = new ProcessBuilder(EXECUTABLE, "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        var nginx = new Nginx(process, httpPort, httpsPort, certificate);
        try {
            nginx.awaitListening(dir);
        } catch (IOException | RuntimeException e) {
            nginx.close();
            throw e;
        }
        return nginx;
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** The self-signed certificate nginx serves, for a client to trust. */
    public Path certificate() {
        return certificate;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The README's configuration, with this test's ports and files and the proxy's own address bound. */
    private static String configuration(Path dir, int appPort, int httpPort, int httpsPort, Path cert, Path key) {
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d;
                        listen 127.0.0.1:%4$d ssl;
                        ssl_certificate %5$s;
                        ssl_certificate_key %6$s;
                        location / {
                            proxy_pass http://127.0.0.1:%2$d;
                            proxy_bind %7$s;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header Forwarded "";
                        }
                    }
                }
                """.formatted(dir, appPort, httpPort, httpsPort, cert, key, PROXY_ADDRESS);
    }

    private void awaitListening(Path dir) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("nginx stopped: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket http = new Socket("127.0.0.1", httpPort);
                    Socket https = new Socket("127.0.0.1", httpsPort)) {
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("nginx did not listen within 20 s", notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " failed: " + Files.readString(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
