package org.spinewise.durability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;

/**
 * Crash safety on PostgreSQL (issue point 3), in a throw-away schema that both runs of the server use;
 * a Failsafe test: {@code ./mvnw verify -Dit.test=CrashSafetyPostgresIT} with PG_URL, PG_USER, PG_PASSWORD.
 */
@EnabledWithPostgres
class CrashSafetyPostgresIT {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    /** Files the app keeps beside the database (its data dir) stay out of the working tree. */
    @TempDir
    Path dataDir;

    @Test
    void noAcknowledgedCheckInIsLostToSigkill() throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(database.applicationArguments());
        arguments.add("--spinewise.data-dir=" + dataDir);
        new CrashSafetyScenario("postgres", arguments).noAcknowledgedCheckInIsLostToSigkill();
    }
}
