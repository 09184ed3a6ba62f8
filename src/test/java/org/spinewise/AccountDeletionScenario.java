package org.spinewise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an account leaves nothing of the person: every table the schema
 * holds (read from the JDBC metadata, so a table added later is checked too)
 * is searched, cell by cell, for the account's id, its records' ids and its
 * email. Runs the same on H2 and on PostgreSQL.
 */
final class AccountDeletionScenario {

    /** Tables that hold nobody's records: the migrations' history and the content versions served. */
    private static final Set<String> NOT_PERSONAL = Set.of("flyway_schema_history", "content_release");
    /** Spring Session's tables, checked on their own: no session of the person may remain. */
    private static final Set<String> SESSIONS = Set.of("spring_session", "spring_session_attributes");
    /** The tables the migrations create for people's records; the scan must reach each of them. */
    private static final Set<String> PERSONAL = Set.of(
            "account",
            "account_role",
            "sign_in_failure",
            "checkin",
            "crack",
            "routine_run",
            "routine_run_item",
            "screening_record",
            "clinic_link",
            "contact_request",
            "clinic_assignment",
            "access_log",
            "password_reset");

    private AccountDeletionScenario() {}

    static void deletionLeavesNothing(MockMvc mvc, DataSource dataSource) throws SQLException {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        ApiPerson person = ApiPerson.signUp(mvc, zone.getId());
        PersonRecords records = new PersonRecords(person, zone);
        records.everyKind();
        List<String> clinicRecords = ClinicSide.recordsFor(person, mvc, dataSource);
        String accountId =
                person.get("/api/v1/export").json().path("account").path("id").asString();
        // A failed sign-in for the email, from elsewhere: the throttle keeps the email for a while.
        ApiTest.Answer wrong = person.perform(MockMvcRequestBuilders.post("/api/v1/session")
                .contentType("application/json")
                .header("X-XSRF-TOKEN", person.csrfToken())
                .content("{\"email\": \"" + person.email() + "\", \"password\": \"not-the-password\"}")
                .with(request -> {
                    request.setRemoteAddr("198.51.100.77");
                    return request;
                }));
        assertThat(wrong.status()).isEqualTo(401);
        // A reset link an administrator made for the person: only its hash and the account id are stored.
        ApiPerson admin = ApiPerson.signUp(mvc, "UTC");
        JdbcClient.create(dataSource)
                .sql("INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = ?")
                .param(admin.email())
                .update();
        assertThat(admin.submitForm(
                                "/admin",
                                "/admin/password-resets",
                                "email=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        ApiPerson bystander = ApiPerson.signUp(mvc, "UTC");
        new PersonRecords(bystander, ZoneId.of("UTC")).everyKind();

        List<String> traces = new ArrayList<>(records.ids());
        traces.addAll(clinicRecords);
        traces.add(accountId);
        traces.add(person.email().toLowerCase(Locale.ROOT));

        Set<String> tables = tables(dataSource);
        assertThat(tables).as("tables of the schema").containsAll(PERSONAL).containsAll(SESSIONS);
        Set<String> before = tablesHolding(dataSource, tables, traces);
        assertThat(before).as("the scan finds the person before the deletion").containsAll(PERSONAL);
        assertThat(sessionsOf(dataSource, accountId)).isPositive();

        ApiTest.Answer deleted = person.perform(MockMvcRequestBuilders.delete("/api/v1/account")
                .contentType("application/json")
                .header("X-XSRF-TOKEN", person.csrfToken())
                .content("{\"password\": \"" + person.password() + "\"}"));
        assertThat(deleted.status()).as("deletion: %s", deleted.body()).isEqualTo(204);

        assertThat(tablesHolding(dataSource, tables, traces))
                .as("tables still holding a trace of the person")
                .isEmpty();
        assertThat(sessionsOf(dataSource, accountId))
                .as("the person's sessions")
                .isZero();
        assertThat(person.get("/api/v1/me").status()).isEqualTo(401);
        // The bystander keeps everything.
        assertThat(bystander.get("/api/v1/export").json().path("cracks")).hasSize(2);
    }

    /** Every base table of the connection's schema except those that hold nobody's records, lower-case. */
    private static Set<String> tables(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_PERSONAL.contains(name)) {
                        tables.add(name);
                    }
                }
            }
        }
        return tables;
    }

    /** The tables (sessions aside) in which some cell contains one of {@code traces}, ignoring case. */
    private static Set<String> tablesHolding(DataSource dataSource, Set<String> tables, List<String> traces)
            throws SQLException {
        Set<String> holding = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : tables) {
                if (SESSIONS.contains(table)) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    rows:
                    while (rs.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rs.getString(column);
                            if (value != null
                                    && traces.stream()
                                            .anyMatch(trace -> value.toLowerCase(Locale.ROOT)
                                                    .contains(trace.toLowerCase(Locale.ROOT)))) {
                                holding.add(table);
                                break rows;
                            }
                        }
                    }
                }
            }
        }
        return holding;
    }

    private static int sessionsOf(DataSource dataSource, String accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")) {
            statement.setString(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
