package org.spinewise.history.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.spinewise.account.CurrentPerson;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.RoutinePlanRepository;
import org.spinewise.planner.Plan;
import org.spinewise.planner.RoutinePlanned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Keeps the routines a signed-in person plans on the routine page; anonymous plans stay unsaved. */
@Component
class RoutinePageHistory {

    private final RoutinePlanRepository plans;
    private final ObjectMapper json;
    private final Clock clock;

    RoutinePageHistory(RoutinePlanRepository plans, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void keep(RoutinePlanned planned) {
        CurrentPerson.find().ifPresent(person -> plans.insert(new RoutinePlanRecord(UUID.randomUUID(),
                person.accountId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), planned.requestJson(),
                summary(planned.plan()))));
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
