package org.spinewise.durability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on the embedded H2 database, a file in a fresh data dir (issue point 3); runs the packaged
 * jar, so it is a Failsafe test: {@code ./mvnw verify -Dit.test=CrashSafetyH2IT}.
 */
class CrashSafetyH2IT {

    @TempDir
    Path dataDir;

    @Test
    void noAcknowledgedCheckInIsLostToSigkill() throws IOException, InterruptedException {
        new CrashSafetyScenario("h2", List.of("--spinewise.data-dir=" + dataDir))
                .noAcknowledgedCheckInIsLostToSigkill();
    }
}
