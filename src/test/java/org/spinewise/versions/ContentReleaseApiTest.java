package org.spinewise.versions;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ContentReleaseApiTest extends ApiTest {

    @Test
    void listsTheRulesAndLibraryReleasesThisInstallationServes() {
        JsonNode releases = assertOkJson(get("/api/v1/content-releases"));

        Map<String, JsonNode> byKind = new HashMap<>();
        for (JsonNode release : releases.path("items")) {
            String kind = str(release.path("kind"));
            assertThat(kind).isIn("rules", "library");
            assertThat(str(release.path("version"))).as("version of %s", kind).isNotBlank();
            assertThat(str(release.path("checksum"))).as("checksum of %s", kind).matches("[0-9a-f]{64}");
            assertThat(Instant.parse(release.path("firstServedAt").asString()))
                    .as("firstServedAt of %s", kind)
                    .isNotNull();
            byKind.put(kind, release);
        }
        assertThat(byKind).containsOnlyKeys("rules", "library");
    }

    @Test
    void theRulesReleaseIsTheVersionScreeningsAreAnsweredWith() {
        JsonNode releases = assertOkJson(get("/api/v1/content-releases"));
        JsonNode screening = assertOkJson(postJson("/api/v1/screenings", ApiRequests.screening(s -> {})));

        String rulesVersion = str(screening.path("rulesVersion"));
        assertThat(rulesVersion).isNotBlank();
        boolean listed = false;
        for (JsonNode release : releases.path("items")) {
            listed |= "rules".equals(str(release.path("kind"))) && rulesVersion.equals(str(release.path("version")));
        }
        assertThat(listed)
                .as("rules release %s is listed in %s", rulesVersion, releases)
                .isTrue();
    }
}
