package org.spinewise.history.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.RoutinePlanRepository;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.planner.Plan;
import org.spinewise.planner.RoutinePlanned;
import org.spinewise.screening.ScreeningEvaluated;
import org.spinewise.screening.json.ScreeningResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps what a signed-in person does on the pages: each safety check they ask
 * to keep (as the API's screening history keeps those posted to it; their choice
 * is remembered as the next default) and each planned routine, for the account
 * the event names. Anonymous use (no account) stays unsaved.
 */
@Component
@RequiredArgsConstructor
class PageHistory {

    private final ScreeningRecordRepository screenings;
    private final RoutinePlanRepository plans;
    private final CheckConsent consent;
    private final ObjectMapper json;
    private final Clock clock;

    @EventListener
    void keep(ScreeningEvaluated screening) {
        UUID account = screening.accountId();
        if (account == null) {
            return; // anonymous: nothing is kept
        }
        consent.remember(account, screening.keep());
        if (!screening.keep()) {
            return; // evaluated and shown, but the person did not want it kept
        }
        screenings.insert(new ScreeningRecord(
                UUID.randomUUID(),
                account,
                now(),
                screening.result().rulesVersion(),
                screening.requestJson(),
                json.writeValueAsString(ScreeningResponse.of(screening.result()))));
    }

    @EventListener
    void keep(RoutinePlanned planned) {
        if (planned.accountId() == null) {
            return; // anonymous: nothing is kept
        }
        plans.insert(new RoutinePlanRecord(
                planned.planId(), planned.accountId(), now(), planned.requestJson(), summary(planned.plan())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String summary(Plan plan) {
        ObjectNode node = json.createObjectNode();
        node.put("disposition", plan.screening().disposition().name());
        node.put("rulesVersion", plan.screening().rulesVersion());
        node.set("items", json.valueToTree(plan.items()));
        node.put("totalSeconds", plan.totalSeconds());
        node.set("excluded", json.valueToTree(plan.excluded()));
        node.set("leftOut", json.valueToTree(plan.leftOut()));
        return json.writeValueAsString(node);
    }
}
