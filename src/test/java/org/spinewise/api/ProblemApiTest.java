package org.spinewise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/** Failures outside any one resource: unknown paths, wrong methods and media types, and recovery. */
class ProblemApiTest extends ApiTest {

    @Test
    void answersAnUnknownApiPathWith404Problem() {
        assertProblem(get("/api/v1/whatever"), 404);
    }

    @Test
    void answersAWrongMethodWith405Problem() {
        assertProblem(get("/api/v1/screenings"), 405);
        assertProblem(get("/api/v1/plans"), 405);
        assertProblem(perform(MockMvcRequestBuilders.delete("/api/v1/exercises/pelvic-tilt")), 405);
    }

    @Test
    void answersAFormPostWith415Problem() {
        var form = MockMvcRequestBuilders.post("/api/v1/screenings")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("age=40&painLevel=2");

        assertProblem(perform(form), 415);
    }

    @Test
    void answersAFormPostToPlansWith415Problem() {
        var form = MockMvcRequestBuilders.post("/api/v1/plans")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("minutes=10");

        assertProblem(perform(form), 415);
    }

    @Test
    void staysHealthyAfterABurstOfBadInput() {
        List<BadInput> screenings = ApiRequests.badScreenings();
        List<BadInput> plans = ApiRequests.badPlans();
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            screenings.forEach(bad -> statuses.add(postJson("/api/v1/screenings", bad.body()).status()));
            plans.forEach(bad -> statuses.add(postJson("/api/v1/plans", bad.body()).status()));
            statuses.add(perform(MockMvcRequestBuilders.post("/api/v1/screenings")).status());
        }
        assertThat(statuses).hasSize(3 * (screenings.size() + plans.size() + 1)).containsOnly(400);

        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.mediaType().isCompatibleWith(MediaType.APPLICATION_JSON)
                || "json".equals(health.mediaType().getSubtypeSuffix()))
                .as("health Content-Type %s is JSON", health.contentType()).isTrue();
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        JsonNode screening = assertOkJson(postJson("/api/v1/screenings", ApiRequests.screening(s -> { })));
        assertThat(screening.path("disposition").asString()).isEqualTo("SELF_CARE");
        JsonNode plan = assertOkJson(postJson("/api/v1/plans", ApiRequests.write(ApiRequests.plan())));
        assertThat(plan.path("items").size()).isPositive();
    }
}
