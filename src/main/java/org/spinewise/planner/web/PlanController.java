package org.spinewise.planner.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.library.Position;
import org.spinewise.planner.Goal;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.web.ScreeningRequestReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Screens and plans in one call. Stores nothing. */
@RestController
class PlanController {

    private static final String SCREENING = "screening";
    private static final String POSITIONS = "positions";
    private static final String MINUTES = "minutes";
    private static final String GOAL = "goal";
    private static final Set<String> FIELDS = Set.of(SCREENING, POSITIONS, MINUTES, GOAL);
    private static final List<String> POSITION_NAMES = PlanRequest.CHOOSABLE_POSITIONS.stream()
            .sorted().map(Position::name).toList();
    private static final List<String> GOAL_NAMES = Arrays.stream(Goal.values()).map(Goal::name).toList();

    private final ScreeningRequestReader screeningReader;
    private final ScreeningEngine engine;
    private final Planner planner;

    PlanController(ScreeningRequestReader screeningReader, ScreeningEngine engine, Planner planner) {
        this.screeningReader = screeningReader;
        this.engine = engine;
        this.planner = planner;
    }

    @PostMapping(path = "/api/v1/plans", consumes = "!application/x-www-form-urlencoded",
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlanResponse plan(@RequestBody(required = false) byte[] body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(FIELDS);
        JsonFields screeningFields = fields.object(SCREENING);
        ScreeningInput screening = screeningFields == null ? null : screeningReader.read(screeningFields);
        List<String> positions = fields.listOf(POSITIONS, POSITION_NAMES, false);
        Integer minutes = fields.integer(MINUTES, PlanRequest.MIN_MINUTES, PlanRequest.MAX_MINUTES);
        String goal = fields.oneOf(GOAL, GOAL_NAMES);
        fields.throwIfInvalid();

        var request = new PlanRequest(engine.evaluate(screening), screening.painLevel(),
                positions.stream().map(Position::valueOf).collect(Collectors.toSet()), minutes, Goal.valueOf(goal));
        return PlanResponse.of(planner.plan(request));
    }
}
