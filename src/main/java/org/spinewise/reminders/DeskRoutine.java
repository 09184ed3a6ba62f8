package org.spinewise.reminders;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.library.Position;
import org.spinewise.planner.Goal;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.springframework.stereotype.Service;

/**
 * The routine a break reminder opens (reminders-api.md, "The desk routine"): the planner's chair items for a
 * two-minute {@link Goal#DESK_BREAK}, planned against the person's latest kept screening as today's rules read
 * it; none when there is no such screening, so that the page asks for a safety check first.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeskRoutine {

    public static final int MINUTES = 2;

    private final ScreeningRecordRepository screenings;
    private final ScreeningRequestReader reader;
    private final ScreeningEngine engine;
    private final Planner planner;

    /** The plan for the person's latest screening, or empty when they have none today's rules can read. */
    public Optional<Plan> plan(UUID accountId) {
        return screenings.latest(accountId, 1).stream().findFirst().flatMap(record -> {
            JsonFields fields = JsonBody.parseObject(record.request().getBytes(StandardCharsets.UTF_8));
            ScreeningInput input = reader.read(fields);
            if (input == null || fields.errorCount() > 0) {
                return Optional.empty();
            }
            return Optional.of(planner.plan(new PlanRequest(
                    engine.evaluate(input), input.painLevel(), Set.of(Position.CHAIR), MINUTES, Goal.DESK_BREAK)));
        });
    }
}
