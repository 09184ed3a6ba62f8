package org.spinewise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts Spinewise as {@code java -jar} does, with the command-line options
 * of the contract: the embedded database goes under the data dir, the port
 * is the one asked for, and health answers UP.
 */
class ApplicationStartTest {

    @TempDir
    Path dataDir;

    @Test
    void startsOnTheGivenPortWithItsDatabaseInTheDataDir() throws IOException, InterruptedException {
        try (ConfigurableApplicationContext app = start()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(Files.list(dataDir))
                    .anySatisfy(file -> assertThat(file.getFileName().toString())
                            .startsWith("spinewise")
                            .endsWith(".mv.db"));
        }
    }

    /** Beans are lazy, but the content check is not: content changed under a served version stops the start. */
    @Test
    void refusesToStartWhenServedContentChangedUnderItsVersion() {
        start().close();
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(JdbcClient.class)
                    .sql("UPDATE content_release SET checksum = 'changed-elsewhere'")
                    .update();
        }

        assertThatThrownBy(this::start)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("content changed but its version");
    }

    /** Beans are lazy, but Spinewise's own settings records are not: a bad value stops the start naming it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            spinewise.sign-in.window=fifteen minutes        | fifteen minutes
            spinewise.sign-in.max-failures-per-email=many   | many
            spinewise.sign-in.max-failures-per-email=0      | spinewise.sign-in.max-failures-per-email must be 1 or more
            spinewise.sign-in.max-failures-per-address=-2   | spinewise.sign-in.max-failures-per-address must be 1 or more
            spinewise.sign-in.window=0s                     | spinewise.sign-in.window must be longer than zero
            spinewise.cracks.painful-threshold=9            | spinewise.cracks.painful-threshold must be from 1 to the painful window
            spinewise.cracks.daily-limit=-1                 | spinewise.cracks.daily-limit must be 0 or more
            spinewise.clinic.invite-ttl=0s                  | spinewise.clinic.invite-ttl must be longer than zero, was PT0S
            spinewise.session.idle-timeout=0s               | spinewise.session.idle-timeout must be longer than zero, was PT0S
            spinewise.password-reset.lifetime=2d            | spinewise.password-reset.lifetime must be longer than zero and at most PT24H, was PT48H
            spinewise.push.subject=reminders                | spinewise.push.subject must be a mailto: or https: address, was 'reminders'
            spinewise.reminders.check-every=10ms            | spinewise.reminders.check-every, polling-every and first-retry must be 100ms or more, had PT0.01S
            spinewise.public-url=spinewise.example          | spinewise.public-url must be the site's absolute http(s) address such as https://spinewise.example, was 'spinewise.example'
            spinewise.public-url=ftp://spinewise.example    | spinewise.public-url must be the site's absolute http(s) address such as https://spinewise.example, was 'ftp://spinewise.example'
            spinewise.public-url= https://x.example/?a=b/   | spinewise.public-url must be the site's absolute http(s) address such as https://spinewise.example, was 'https://x.example/?a=b'
            spinewise.fhir.code-system-url=spinewise codes  | spinewise.fhir.code-system-url must be an absolute url such as https://spinewise.example/fhir/CodeSystem/spinewise, was 'spinewise codes'
            spinewise.fhir.code-system-url=/fhir/codes      | spinewise.fhir.code-system-url must be an absolute url such as https://spinewise.example/fhir/CodeSystem/spinewise, was '/fhir/codes'
            """)
    void refusesToStartWithABadSetting(String setting, String named) {
        assertThatThrownBy(() -> start("--" + setting).close())
                .satisfies(failure -> assertThat(messages(failure)).contains(named));
    }

    /** With mail set, a reset link is emailed, built from spinewise.public-url alone: without one, no start. */
    @ParameterizedTest
    @ValueSource(strings = {"", " / "})
    void refusesToStartWithMailButNoPublicUrl(String publicUrl) {
        assertThatThrownBy(() -> start("--spring.mail.host=127.0.0.1", "--spinewise.public-url=" + publicUrl)
                        .close())
                .satisfies(failure -> assertThat(messages(failure))
                        .contains("spring.mail.host is set, so spinewise.public-url must be set too"));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                // only the main configuration, as in production: no test overrides
                "--spring.config.location=classpath:/application.properties",
                "--server.port=0",
                "--spinewise.data-dir=" + dataDir));
        arguments.addAll(List.of(settings));
        return SpringApplication.run(SpinewiseApplication.class, arguments.toArray(String[]::new));
    }
}
