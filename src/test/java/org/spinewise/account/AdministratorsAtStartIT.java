package org.spinewise.account;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinewise.support.ApiClient;
import org.spinewise.support.SpinewiseServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spinewise.admin-emails} grants ADMIN at start only (clinic-api.md, "Roles and the first
 * administrator"), on the packaged jar restarted over one data dir: signing up with a listed email gives no
 * role until the next start, entries are trimmed and compared without case, and an email taken off the list
 * loses the role at the start after.
 */
class AdministratorsAtStartIT {

    private static final String EMAIL = "first.admin@example.org";
    private static final String PASSWORD = "a-long-clinic-passphrase";
    private static final Path LOG = Path.of("target", "administrators-at-start.log");

    @TempDir
    Path dataDir;

    @Test
    void theListedEmailBecomesAdministratorAtTheNextStartAndStopsWhenTakenOff()
            throws IOException, InterruptedException {
        String listed = "--spinewise.admin-emails=someone@example.org,  First.Admin@EXAMPLE.org ";
        try (var server = start(listed)) {
            var client = new ApiClient(server.uri());
            assertThat(client.signUp(EMAIL, PASSWORD).status()).isEqualTo(201);
            assertThat(roles(client)).as("signing up first claims nothing").containsExactly("PATIENT");
        }
        try (var server = start(listed)) {
            var client = new ApiClient(server.uri());
            assertThat(client.signIn(EMAIL, PASSWORD).status()).isEqualTo(200);
            assertThat(roles(client)).containsExactly("ADMIN", "PATIENT");
            assertThat(client.get("/api/v1/admin/clinics").status()).isEqualTo(200);
        }
        try (var server = start("--spinewise.admin-emails=someone@example.org")) {
            var client = new ApiClient(server.uri());
            assertThat(client.signIn(EMAIL, PASSWORD).status()).isEqualTo(200);
            assertThat(roles(client)).containsExactly("PATIENT");
            assertThat(client.get("/api/v1/admin/clinics").status()).isEqualTo(403);
        }
    }

    private SpinewiseServer start(String adminEmails) throws IOException, InterruptedException {
        return SpinewiseServer.start(List.of("--spinewise.data-dir=" + dataDir, adminEmails), LOG);
    }

    private static List<String> roles(ApiClient client) throws IOException, InterruptedException {
        List<String> roles = new ArrayList<>();
        client.get("/api/v1/me").json().path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }
}
