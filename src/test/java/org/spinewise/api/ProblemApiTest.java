package org.spinewise.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery after bad input. Unknown paths, wrong methods and media types go
 * through the servlet container's error dispatch, which MockMvc does not
 * run: {@code ErrorPageControllerTest} covers them on a real server.
 */
class ProblemApiTest extends ApiTest {

    @Test
    void staysHealthyAfterABurstOfBadInput() {
        List<BadInput> screenings = ApiRequests.badScreenings();
        List<BadInput> plans = ApiRequests.badPlans();
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            screenings.forEach(bad ->
                    statuses.add(postJson("/api/v1/screenings", bad.body()).status()));
            plans.forEach(
                    bad -> statuses.add(postJson("/api/v1/plans", bad.body()).status()));
            statuses.add(
                    perform(MockMvcRequestBuilders.post("/api/v1/screenings")).status());
        }
        assertThat(statuses).hasSize(3 * (screenings.size() + plans.size() + 1)).containsOnly(400);

        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.mediaType().isCompatibleWith(MediaType.APPLICATION_JSON)
                        || "json".equals(health.mediaType().getSubtypeSuffix()))
                .as("health Content-Type %s is JSON", health.contentType())
                .isTrue();
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        JsonNode screening = assertOkJson(postJson("/api/v1/screenings", ApiRequests.screening(s -> {})));
        assertThat(screening.path("disposition").asString()).isEqualTo("SELF_CARE");
        JsonNode plan = assertOkJson(postJson("/api/v1/plans", ApiRequests.write(ApiRequests.plan())));
        assertThat(plan.path("items").size()).isPositive();
    }
}
