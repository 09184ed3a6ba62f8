package org.spinewise.planner.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonFields;
import org.spinewise.library.Position;
import org.spinewise.planner.Goal;
import org.spinewise.planner.PlanRequest;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.springframework.stereotype.Component;

/** Reads a plan request (the API's body, or the routine form) and screens it. */
@Component
@RequiredArgsConstructor
class PlanRequestReader {

    static final String SCREENING = "screening";
    static final String POSITIONS = "positions";
    static final String MINUTES = "minutes";
    static final String GOAL = "goal";
    private static final Set<String> FIELDS = Set.of(SCREENING, POSITIONS, MINUTES, GOAL);
    static final List<String> POSITION_NAMES = PlanRequest.CHOOSABLE_POSITIONS.stream()
            .sorted()
            .map(Position::name)
            .toList();
    static final List<String> GOAL_NAMES =
            Arrays.stream(Goal.values()).map(Goal::name).toList();

    private final ScreeningRequestReader screeningReader;
    private final ScreeningEngine engine;

    /** The screened request, or null when a field is invalid (the errors are recorded in {@code fields}). */
    @Nullable
    PlanRequest read(JsonFields fields) {
        int errorsBefore = fields.errorCount();
        fields.rejectUnknown(FIELDS);
        JsonFields screeningFields = fields.object(SCREENING);
        ScreeningInput screening = screeningFields == null ? null : screeningReader.read(screeningFields);
        List<String> positions = fields.listOf(POSITIONS, POSITION_NAMES, false);
        Integer minutes = fields.integer(MINUTES, PlanRequest.MIN_MINUTES, PlanRequest.MAX_MINUTES);
        String goal = fields.oneOf(GOAL, GOAL_NAMES);
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        // No error was recorded, so every read above succeeded.
        ScreeningInput read = Objects.requireNonNull(screening);
        return new PlanRequest(
                engine.evaluate(read),
                read.painLevel(),
                Objects.requireNonNull(positions).stream()
                        .map(Position::valueOf)
                        .collect(Collectors.toSet()),
                Objects.requireNonNull(minutes),
                Goal.valueOf(Objects.requireNonNull(goal)));
    }
}
